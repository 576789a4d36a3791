using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Errors;

/// <summary>Issue 10, finding 7: errors the framework used to write its own way are problems too.</summary>
[Trait("Tier", "Fast")]
public sealed class NonProblemErrorsTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("bytes=-0")]
    [InlineData("bytes=999999999-")]
    public async Task Output_UnsatisfiableRange_Is416ProblemWithTheFileSize(string range)
    {
        var id = await _client.SubmitAsync("""{"type":"test","preset":"artifact"}""");
        await _client.WaitForFinalAsync(id);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/jobs/{id}/output");
        request.Headers.TryAddWithoutValidation("Range", range);

        using var response = await _client.SendAsync(request);

        var problem = await response.AssertProblemAsync(HttpStatusCode.RequestedRangeNotSatisfiable);
        Assert.Contains(range, (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal($"bytes */{TestPipeline.ArtifactText.Length}", response.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task Output_SatisfiableRange_StillServesThePart()
    {
        var id = await _client.SubmitAsync("""{"type":"test","preset":"artifact"}""");
        await _client.WaitForFinalAsync(id);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/jobs/{id}/output");
        request.Headers.TryAddWithoutValidation("Range", "bytes=0-4");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(TestPipeline.ArtifactText[..5], await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/openapi/v2.json")]
    [InlineData("/openapi/..%2Fv1.json")]
    public async Task UnknownOpenApiDocument_Is404Problem(string url)
    {
        using var response = await _client.GetAsync(url);

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("/openapi/v1.json", (string?)problem["detail"], StringComparison.Ordinal);
    }
}
