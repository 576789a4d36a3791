using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>Asserts a compat surface's own error shape (never our problem details, never a 500).</summary>
internal static class CompatErrorBody
{
    public const string MoneyPrinter = "/compat/moneyprinter";
    public const string ShrinkRay = "/compat/shrinkray";
    public const string Secretary = "/compat/secretary";
    public const string TextToVideo = "/api/v1";

    /// <summary>The surface's error words (message, error or error.message), after checking the status and shape.</summary>
    public static async Task<string> AssertAsync(HttpResponseMessage response, HttpStatusCode status, string surface)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(text)!.AsObject();
        switch (surface)
        {
            case MoneyPrinter:
                Assert.Equal(["status", "message"], body.Select(p => p.Key));
                Assert.Equal("error", (string?)body["status"]);
                return (string)body["message"]!;
            case Secretary:
                Assert.Equal(["status", "error"], body.Select(p => p.Key));
                Assert.Equal("error", (string?)body["status"]);
                Assert.False(string.IsNullOrEmpty((string?)body["error"]!["code"]));
                return (string)body["error"]!["message"]!;
            default:
                Assert.Equal(["error"], body.Select(p => p.Key));
                return (string)body["error"]!;
        }
    }

    public static async Task<JsonObject?> SecretaryDetailsAsync(HttpResponseMessage response) =>
        (await response.ReadJsonAsync())["error"]!["details"] as JsonObject;
}
