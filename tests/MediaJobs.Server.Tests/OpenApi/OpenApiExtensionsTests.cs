using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.OpenApi;

[Trait("Tier", "Fast")]
public sealed class OpenApiExtensionsTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Document_IsServedAndListsTheJobsApi()
    {
        var document = await _client.GetJsonAsync("/openapi/v1.json");

        var paths = document["paths"]!.AsObject();
        Assert.True(paths.ContainsKey("/api/jobs"));
        Assert.True(paths.ContainsKey("/api/jobs/{id}/events"));
        Assert.True(paths.ContainsKey("/api/jobs/batch"));
        Assert.Equal("MediaJobs API", document["info"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task SwaggerUi_IsServed()
    {
        using var response = await _client.GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
