using System.Net;
using MediaJobs.Server.Tests.Support;
using static MediaJobs.Server.Tests.Compat.CompatErrorBody;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// Every compat route with oversized, malformed, mistyped and hostile input: a clear error in that
/// surface's own shape, never a 500 and never a job.
/// </summary>
[Trait("Tier", "Media")]
public sealed class CompatHostileInputTests(ShrinkRayServer server) : IClassFixture<ShrinkRayServer>
{
    public static TheoryData<string, string> BodyRoutes => new()
    {
        { MoneyPrinter, "/api/generate" },
        { ShrinkRay, "/api/jobs" },
        { Secretary, "/api/jobs/" },
        { Secretary, "/api/jobs/batch" },
        { TextToVideo, "/generate" },
    };

    public static TheoryData<string, string> IdRoutes()
    {
        var data = new TheoryData<string, string>();
        // (%2e%2e and %00 never reach a route: the client folds dot segments, the server refuses NULs.)
        string[] ids = ["..%2F..%2Fetc%2Fpasswd", "%252e%252e", "..%5C..%5Cwindows", "%3Cscript%3E", "1705432100000-1'%20OR%201=1", new string('9', 4000)];
        foreach (var id in ids)
        {
            data.Add(MoneyPrinter, $"/api/jobs/{id}");
            data.Add(MoneyPrinter, $"/api/jobs/{id}/events");
            data.Add(ShrinkRay, $"/api/jobs/{id}");
            data.Add(Secretary, $"/api/jobs/{id}");
            data.Add(Secretary, $"/api/jobs/batch/{id}");
            data.Add(Secretary, $"/api/jobs/{id}/download-archive");
            data.Add(TextToVideo, $"/status/{id}");
            data.Add(TextToVideo, $"/download/{id}");
        }
        return data;
    }

    private readonly HttpClient _client = server.Factory.CreateClient();

    [Theory]
    [MemberData(nameof(BodyRoutes))]
    public async Task TenMegabyteBody_Is413InTheSurfacesShape(string surface, string route)
    {
        var json = "{\"pad\":\"" + new string('x', 10 * 1024 * 1024) + "\"}";

        using var response = await _client.PostJsonAsync(surface + route, json);

        await AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, surface);
    }

    [Theory]
    [MemberData(nameof(BodyRoutes))]
    public async Task MalformedOrNonObjectJson_Is400InTheSurfacesShape(string surface, string route)
    {
        foreach (var json in new[] { "{\"videoSubject\": ", "[1, 2]", "null", "\"text\"", "" })
        {
            using var response = await _client.PostJsonAsync(surface + route, json);

            await AssertAsync(response, HttpStatusCode.BadRequest, surface);
        }
    }

    [Theory]
    [MemberData(nameof(BodyRoutes))]
    public async Task NotJson_Is415InTheSurfacesShape(string surface, string route)
    {
        using var response = await _client.PostJsonAsync(surface + route, "videoSubject=x", "application/x-www-form-urlencoded");

        await AssertAsync(response, HttpStatusCode.UnsupportedMediaType, surface);
    }

    [Theory]
    [MemberData(nameof(IdRoutes))]
    public async Task HostileOrUnknownIds_Are404InTheSurfacesShape(string surface, string route)
    {
        using var response = await _client.GetAsync(surface + route);

        await AssertAsync(response, HttpStatusCode.NotFound, surface);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../../etc")]
    [InlineData("relative/movie.mkv")]
    [InlineData("")]
    public async Task ShrinkRay_PathsOutsideTheMediaRoots_Are400NamingIt(string path)
    {
        var json = new System.Text.Json.Nodes.JsonObject { ["paths"] = new System.Text.Json.Nodes.JsonArray(path), ["preset_id"] = "compress-hevc" }.ToJsonString();

        using var response = await _client.PostJsonAsync(ShrinkRay + "/api/jobs", json);

        var message = await AssertAsync(response, HttpStatusCode.BadRequest, ShrinkRay);
        Assert.Contains(path.Length > 0 ? $"'{path}'" : "paths[0]", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShrinkRay_TraversalOutOfTheMediaRoot_Is400()
    {
        var escape = Path.Combine(server.MediaRoot, "..", "..", "etc", "passwd");
        var json = new System.Text.Json.Nodes.JsonObject { ["paths"] = new System.Text.Json.Nodes.JsonArray(escape), ["preset_id"] = "compress-hevc" }.ToJsonString();

        using var response = await _client.PostJsonAsync(ShrinkRay + "/api/jobs", json);

        await AssertAsync(response, HttpStatusCode.BadRequest, ShrinkRay);
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../../etc/passwd")]
    [InlineData("file:///etc/passwd")]
    public async Task Secretary_FilenameOutsideTheMediaRoots_Is400NamingTheField(string filename)
    {
        var json = new System.Text.Json.Nodes.JsonObject
        {
            ["job_type"] = "pdf",
            ["parameters"] = new System.Text.Json.Nodes.JsonObject { ["filename"] = filename },
        }.ToJsonString();

        using var response = await _client.PostJsonAsync(Secretary + "/api/jobs/", json);

        await AssertAsync(response, HttpStatusCode.BadRequest, Secretary);
        Assert.Equal("parameters.filename", (string?)(await SecretaryDetailsAsync(response))?["field"]);
    }

    [Theory]
    [InlineData("""{"videoSubject": 5}""")]
    [InlineData("""{"videoSubject": "x", "paragraphNumber": "3; rm -rf /"}""")]
    public async Task MoneyPrinter_HostileBodies_Are400(string json)
    {
        using var response = await _client.PostJsonAsync(MoneyPrinter + "/api/generate", json);

        await AssertAsync(response, HttpStatusCode.BadRequest, MoneyPrinter);
    }

    /// <summary>
    /// Values the real backend takes are taken (never a 400), and are harmless: a <c>zipUrl</c> is never fetched (a
    /// warning says so) and a huge paragraph count is capped at the longest video, with a warning.
    /// </summary>
    [Theory]
    [InlineData("""{"videoSubject": "x", "zipUrl": "file:///etc/passwd"}""", "ZipUrlNotDownloaded", 600)]
    [InlineData("""{"videoSubject": "x", "zipUrl": "http://169.254.169.254/latest", "paragraphNumber": 2}""", "ZipUrlNotDownloaded", 40)]
    [InlineData("""{"videoSubject": "x", "paragraphNumber": 100000}""", "ParagraphsCapped", 1800)]
    public async Task MoneyPrinter_HostileButTakenByTheRealBackend_IsQueuedWithAWarning_NothingFetched(string json, string warning, int durationSec)
    {
        using var response = await _client.PostJsonAsync(MoneyPrinter + "/api/generate", json);
        var id = (string)(await response.ReadJsonAsync())["jobId"]!;
        var inputs = (await _client.GetJobAsync(id))["inputs"]!;
        await _client.CancelAndWaitAsync(id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([warning], inputs["notices"]!.AsArray().Select(n => (string?)n!["code"]));
        Assert.Equal(durationSec, (int?)inputs["durationSec"] ?? 600);
        Assert.DoesNotContain("/etc/passwd", inputs.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("169.254", inputs.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"text": 5}""")]
    [InlineData("""{"text": ["a"]}""")]
    [InlineData("""{"text": "   "}""")]
    public async Task TextToVideo_WrongTypedText_Is400(string json)
    {
        using var response = await _client.PostJsonAsync(TextToVideo + "/generate", json);

        await AssertAsync(response, HttpStatusCode.BadRequest, TextToVideo);
    }

    [Theory]
    [InlineData("?status=running")]
    [InlineData("?status=%00")]
    [InlineData("?status=complete;DROP%20TABLE%20jobs")]
    public async Task ShrinkRay_ClearWithHostileStatus_Is400AndClearsNothing(string query)
    {
        using var response = await _client.PostAsync(ShrinkRay + "/api/jobs/clear" + query, null);

        await AssertAsync(response, HttpStatusCode.BadRequest, ShrinkRay);
    }

    [Theory]
    [InlineData("?after=-1")]
    [InlineData("?after=abc")]
    [InlineData("?after=99999999999999999999999")]
    public async Task MoneyPrinter_EventsWithHostileAfter_Is400Or404NeverA500(string query)
    {
        using var response = await _client.GetAsync(MoneyPrinter + "/api/jobs/unknown-id/events" + query);

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.NotFound });
        await AssertAsync(response, response.StatusCode, MoneyPrinter);
    }
}
