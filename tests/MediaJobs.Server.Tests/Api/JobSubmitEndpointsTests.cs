using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Api;

[Trait("Tier", "Fast")]
public sealed class JobSubmitEndpointsTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Submit_NoopJob_Returns202SeedShapeAndRunsToSucceeded()
    {
        using var response = await _client.PostJsonAsync("/api/jobs", """{"type":"noop","inputs":{"steps":3},"priority":5}""");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var id = body["jobId"]!.GetValue<string>();
        Assert.Equal("Queued", body["status"]!.GetValue<string>());
        Assert.Equal("noop-1", body["stage"]!.GetValue<string>());
        Assert.Equal(response.Headers.GetValues("X-Correlation-ID").Single(), body["correlationId"]!.GetValue<string>());
        Assert.Equal($"/api/jobs/{id}", response.Headers.Location?.ToString());
        var job = await _client.WaitForFinalAsync(id);
        Assert.Equal("Succeeded", job["status"]!.GetValue<string>());
        Assert.Equal(3, job["steps"]!.AsArray().Count);
        Assert.Equal(5, job["priority"]!.GetValue<int>());
    }

    [Fact]
    public async Task Submit_NoType_IsAVideoJobWithSeedSteps()
    {
        using var response = await _client.PostJsonAsync("/api/jobs", """{"preset":"sample-hello-youtube","options":{"allowSkipUnavailable":true,"quality":"balanced"}}""");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.ReadJsonAsync())["jobId"]!.GetValue<string>();
        var job = await _client.GetJobAsync(id);
        Assert.Equal("video", job["type"]!.GetValue<string>());
        Assert.Equal(["preflight", "script", "narration", "broll", "subtitles", "mux"], job["steps"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()));
        await _client.CancelAndWaitAsync(id);
    }

    [Fact]
    public async Task Submit_LegacySeedBody_IsAVideoJobWithThoseInputs()
    {
        using var response = await _client.PostJsonAsync("/api/jobs", """{"brief":{"topic":"Tides","aspect":"Vertical9x16"},"planSpec":{"targetDuration":"00:00:20"},"voiceSpec":{"rate":1.1},"renderSpec":{"res":"180x320","fps":15}}""");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.ReadJsonAsync())["jobId"]!.GetValue<string>();
        var job = await _client.GetJobAsync(id);
        Assert.Equal("video", job["type"]!.GetValue<string>());
        Assert.Equal("Vertical9x16", job["inputs"]!["brief"]!["aspect"]!.GetValue<string>());
        await _client.CancelAndWaitAsync(id);
    }

    [Theory]
    [InlineData("""{"brief":{"topic":"t"},"renderSpec":{"codec":"VP9"}}""", "renderSpec.codec")]
    [InlineData("""{"brief":{"topic":"t"},"renderSpec":{"container":"avi"}}""", "renderSpec.container")]
    [InlineData("""{"brief":{"topic":"t","aspect":"Portrait"}}""", "brief.aspect")]
    public async Task Submit_LegacyBodyValueThatCannotBeHonoured_Returns400NamingTheField(string json, string field)
    {
        using var response = await _client.PostJsonAsync("/api/jobs", json);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem["field"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"type":"nope"}""", "type")]
    [InlineData("""{"type":"noop","preset":"nope"}""", "preset")]
    [InlineData("""{"type":"noop","inputs":{"steps":99}}""", "inputs.steps")]
    [InlineData("""{"type":"video","inputs":{"topic":"t","captions":{"color":"sky"}}}""", "inputs.captions.color")]
    [InlineData("""{"type":"video","inputs":{"brief":{"topic":"t","aspect":"Portrait"}}}""", "inputs.brief.aspect")]
    [InlineData("""{"type":"noop","priority":"high"}""", "priority")]
    [InlineData("""{"type":"noop","priority":1.5}""", "priority")]
    [InlineData("""{"type":"noop","inputs":5}""", "inputs")]
    [InlineData("""{"type":"noop","options":[]}""", "options")]
    [InlineData("""{"type":5}""", "type")]
    [InlineData("""{"type":"noop","maxAttempts":0}""", "maxAttempts")]
    [InlineData("""{"brief":"text"}""", "brief")]
    [InlineData("""[1,2]""", "$")]
    public async Task Submit_InvalidField_Returns400NamingTheField(string json, string field)
    {
        using var response = await _client.PostJsonAsync("/api/jobs", json);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem["field"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"type\":")]
    [InlineData("{bad json}")]
    [InlineData("{\"type\":\"noop\",}")]
    public async Task Submit_MalformedJson_Returns400(string json)
    {
        using var response = await _client.PostJsonAsync("/api/jobs", json);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Malformed JSON", problem["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_MissingBody_Returns400()
    {
        using var response = await _client.PostAsync("/api/jobs", content: null);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("body is required", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_EmptyJsonBody_Returns400()
    {
        using var response = await _client.PostJsonAsync("/api/jobs", "");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    public async Task Submit_WrongContentType_Returns415(string contentType)
    {
        using var response = await _client.PostJsonAsync("/api/jobs", """{"type":"noop"}""", contentType);

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Submit_TenMegabyteBody_Returns413()
    {
        var json = "{\"type\":\"noop\",\"pad\":\"" + new string('x', 10 * 1024 * 1024) + "\"}";

        using var response = await _client.PostJsonAsync("/api/jobs", json);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Submit_OversizedBodyWithoutContentLength_Returns413()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("{\"pad\":\"" + new string('x', 2 * 1024 * 1024) + "\"}");
        using var content = new StreamContent(new UnknownLengthStream(bytes));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        using var response = await _client.PostAsync("/api/jobs", content);

        Assert.Null(content.Headers.ContentLength);
        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    /// <summary>A readable stream that cannot tell its length, so the body is sent without Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
