using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Compat;

namespace MediaJobs.Server.Tests.Support;

/// <summary>
/// Which surface a path belongs to (by its base path) and what its errors look like: RFC 9457 problems natively,
/// each compat surface's own body there (see <see cref="CompatErrorBody"/>).
/// </summary>
internal static class SurfaceShape
{
    private static readonly string[] CompatBases = [CompatErrorBody.MoneyPrinter, CompatErrorBody.ShrinkRay, CompatErrorBody.Secretary, CompatErrorBody.TextToVideo];

    /// <summary>The compat base path of <paramref name="path"/>, or null for the native API.</summary>
    public static string? CompatBase(string path) =>
        CompatBases.FirstOrDefault(b => path == b || path.StartsWith(b + "/", StringComparison.Ordinal));

    /// <summary>Asserts the answer is an error of <paramref name="status"/> in the shape of the surface <paramref name="path"/> belongs to.</summary>
    public static void AssertError(string path, HttpStatusCode status, HttpResponseMessage response, string text, string what)
    {
        Assert.True(status == response.StatusCode, $"{what}: expected {(int)status}, got {(int)response.StatusCode}: {Cut(text)}");
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        JsonObject? body;
        try
        {
            body = JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            body = null;
        }
        Assert.True(body is not null, $"{what}: the {(int)status} body is not a JSON object ({mediaType}): {Cut(text)}");
        switch (CompatBase(path))
        {
            case null:
                Assert.True(mediaType == "application/problem+json", $"{what}: {(int)status} is {mediaType}, not a problem: {Cut(text)}");
                Assert.Equal((int)status, (int?)body["status"]);
                Assert.False(string.IsNullOrEmpty((string?)body["detail"]), what);
                Assert.False(string.IsNullOrEmpty((string?)body["correlationId"]), what);
                break;
            case CompatErrorBody.MoneyPrinter:
                Assert.True(mediaType == "application/json" && Keys(body) == "status,message" && (string?)body["status"] == "error", $"{what}: not seed 001's error shape: {Cut(text)}");
                break;
            case CompatErrorBody.Secretary:
                Assert.True(mediaType == "application/json" && Keys(body) == "status,error" && (string?)body["status"] == "error"
                    && !string.IsNullOrEmpty((string?)body["error"]?["code"]), $"{what}: not seed 003's error shape: {Cut(text)}");
                break;
            default:
                Assert.True(mediaType == "application/json" && Keys(body) == "error" && body["error"] is JsonValue, $"{what}: not the seed's {{error}} shape: {Cut(text)}");
                break;
        }
    }

    public static string Cut(string text) => text.Length > 400 ? text[..400] + "…" : text;

    private static string Keys(JsonObject body) => string.Join(',', body.Select(p => p.Key));
}
