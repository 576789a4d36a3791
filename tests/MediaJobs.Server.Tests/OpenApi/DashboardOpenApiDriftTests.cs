using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.OpenApi;

/// <summary>
/// web/openapi.json — what the dashboard's typed client (web/src/api/schema.d.ts) is generated from — equals the
/// served /openapi/v1.json, so a changed route or contract fails here before the dashboard calls it wrongly.
/// With MEDIAJOBS_REFRESH_OPENAPI=1 the test rewrites the file instead (scripts/build-web --refresh-api does that).
/// </summary>
[Trait("Tier", "Fast")]
public sealed class DashboardOpenApiDriftTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    public const string RefreshVariable = "MEDIAJOBS_REFRESH_OPENAPI";

    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public async Task CheckedInDocument_EqualsTheServedOne()
    {
        var served = Comparable((await ServedDocument.OfAsync(factory)).Root);
        var path = CheckedInPath();

        if (Environment.GetEnvironmentVariable(RefreshVariable) == "1")
        {
            await File.WriteAllTextAsync(path, served.ToJsonString(Pretty) + "\n");
        }

        var checkedIn = File.Exists(path) ? JsonNode.Parse(await File.ReadAllTextAsync(path)) : null;
        Assert.True(
            JsonNode.DeepEquals(checkedIn, served),
            $"{path} differs from the served /openapi/v1.json (or is missing). Refresh it and the dashboard's generated client "
            + $"with `scripts/build-web --refresh-api` (or run this test with {RefreshVariable}=1, then `npm run api:generate` in web/), "
            + "and commit web/openapi.json with web/src/api/schema.d.ts.");
    }

    [Fact]
    public void Comparable_DropsTheServersTheRequestHostDecides()
    {
        var document = new JsonObject { ["openapi"] = "3.1.1", ["servers"] = new JsonArray(new JsonObject { ["url"] = "http://localhost/" }) };

        var comparable = Comparable(document);

        Assert.False(comparable.ContainsKey("servers"));
        Assert.Equal("3.1.1", (string?)comparable["openapi"]);
    }

    /// <summary>The document without <c>servers</c>: it names the host the request came to, not the API.</summary>
    private static JsonObject Comparable(JsonObject document)
    {
        var copy = document.DeepClone().AsObject();
        copy.Remove("servers");
        return copy;
    }

    private static string CheckedInPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MediaJobs.slnx")))
            {
                return Path.Combine(dir.FullName, "web", "openapi.json");
            }
        }
        throw new InvalidOperationException("The repository root (MediaJobs.slnx) was not found above " + AppContext.BaseDirectory);
    }
}
