using System.Net;
using System.Net.Http.Headers;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Api;

[Trait("Tier", "Fast")]
public sealed class JobOutputEndpointsTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_ArtifactJob_ShowsOutputWithAbsolutePath()
    {
        var id = await _client.SubmitAsync("""{"type":"test","preset":"artifact"}""");

        var job = await _client.WaitForFinalAsync(id);

        Assert.Equal("Succeeded", job["status"]!.GetValue<string>());
        var output = job["output"]!.AsObject();
        var path = output["path"]!.GetValue<string>();
        Assert.True(Path.IsPathRooted(path));
        Assert.StartsWith(Path.GetFullPath(factory.DataDirectory), path, StringComparison.Ordinal);
        Assert.Equal(TestPipeline.ArtifactText.Length, output["sizeBytes"]!.GetValue<long>());
        Assert.Equal("text/plain", output["mediaType"]!.GetValue<string>());
        Assert.False(output.ContainsKey("videoPath"));
        Assert.Single(output["artifacts"]!.AsArray());
        Assert.Equal(TestPipeline.ArtifactName, job["artifacts"]![0]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?name=hello.txt")]
    public async Task Output_ArtifactJob_ReturnsTheFile(string query)
    {
        var id = await _client.SubmitAsync("""{"type":"test","preset":"artifact"}""");
        await _client.WaitForFinalAsync(id);

        using var response = await _client.GetAsync($"/api/jobs/{id}/output{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TestPipeline.ArtifactText, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Output_RangeRequest_Returns206WithThePart()
    {
        var id = await _client.SubmitAsync("""{"type":"test","preset":"artifact"}""");
        await _client.WaitForFinalAsync(id);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/jobs/{id}/output");
        request.Headers.Range = new RangeHeaderValue(0, 4);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("hello", await response.Content.ReadAsStringAsync());
        Assert.Equal(TestPipeline.ArtifactText.Length, response.Content.Headers.ContentRange?.Length);
    }

    [Theory]
    [InlineData("?name=..%2F..%2Fmediajobs.db")]
    [InlineData("?name=/etc/passwd")]
    [InlineData("?name=nope.txt")]
    public async Task Output_NameNotARecordedArtifact_Returns404(string query)
    {
        var id = await _client.SubmitAsync("""{"type":"test","preset":"artifact"}""");
        await _client.WaitForFinalAsync(id);

        using var response = await _client.GetAsync($"/api/jobs/{id}/output{query}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Output_JobWithoutOutput_Returns404()
    {
        var id = await _client.SubmitNoopAsync();
        await _client.WaitForFinalAsync(id);

        using var response = await _client.GetAsync($"/api/jobs/{id}/output");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("01234567-89ab-7def-8123-456789abcdef")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    public async Task Output_UnknownJob_Returns404(string id)
    {
        using var response = await _client.GetAsync($"/api/jobs/{id}/output");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
