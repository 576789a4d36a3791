using MediaJobs.Core.Jobs;
using MediaJobs.Server.Api;
using MediaJobs.Server.Compat.ShrinkRay;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.OpenApi;

/// <summary>Query strings and headers that handlers read by hand are declared on their operations.</summary>
[Trait("Tier", "Fast")]
public sealed class OpenApiParameterTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("GET", "/api/jobs", "status,type,batchId,q,order,cursor,offset,limit")]
    [InlineData("POST", "/api/jobs/clear", "status,type")]
    [InlineData("GET", "/api/jobs/{id}/events", "after,limit,access_token")]
    [InlineData("GET", "/api/jobs/stream", "after,access_token")]
    [InlineData("POST", "/api/jobs/{id}/retry", "strategy")]
    [InlineData("GET", "/api/jobs/{id}/output", "name,access_token")]
    [InlineData("POST", "/api/stream-tokens", "jobId")]
    [InlineData("POST", "/compat/shrinkray/api/jobs/clear", "status")]
    [InlineData("GET", "/compat/moneyprinter/api/jobs/{id}/events", "after")]
    public async Task HandReadQueryParameters_AreDeclaredWithTypeAndDescription(string method, string path, string names)
    {
        var document = await ServedDocument.OfAsync(factory);

        var query = document.Parameters(method, path).Where(p => (string?)p["in"] == "query").ToList();

        Assert.Equal(names.Split(',').Order(), query.Select(p => (string)p["name"]!).Order());
        Assert.All(query, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)p["description"]), $"{p["name"]} has no description");
            Assert.NotNull(p["schema"]?["type"]);
        });
    }

    [Theory]
    [InlineData("GET", "/api/jobs", "offset", 0, int.MaxValue)]
    [InlineData("GET", "/api/jobs", "limit", 1, JobReadEndpoints.MaxPageSize)]
    [InlineData("GET", "/api/jobs/{id}/events", "limit", 1, JobEventEndpoints.MaxPageSize)]
    public async Task NumericQueryParameters_AreIntegersWithTheHandlersBounds(string method, string path, string name, long min, long max)
    {
        var document = await ServedDocument.OfAsync(factory);

        var schema = document.Parameter(method, path, name, "query")["schema"]!;

        Assert.Equal("integer", (string?)schema["type"]);
        Assert.Equal(min, (long)schema["minimum"]!);
        Assert.Equal(max, (long)schema["maximum"]!);
    }

    [Theory]
    [InlineData("/api/jobs/{id}/events")]
    [InlineData("/api/jobs/stream")]
    [InlineData("/compat/moneyprinter/api/jobs/{id}/events")]
    public async Task EventIdParameters_AreIntegers(string path)
    {
        var document = await ServedDocument.OfAsync(factory);

        var schema = document.Parameter("GET", path, "after", "query")["schema"]!;

        Assert.Equal("integer", (string?)schema["type"]);
        Assert.Equal("int64", (string?)schema["format"]);
    }

    [Fact]
    public async Task ShrinkRayClearStatus_ListsExactlyTheWordsTheHandlerClears()
    {
        var document = await ServedDocument.OfAsync(factory);

        var values = document.Parameter("POST", "/compat/shrinkray/api/jobs/clear", "status", "query")["schema"]!["enum"]!.AsArray().Select(v => (string)v!).ToList();

        // Each listed word parses to a status other than Running; Running's word is refused, so not listed.
        Assert.Equal(5, values.Count);
        Assert.All(values, v => Assert.NotEqual(JobStatus.Running, ShrinkRayShapes.ParseStatus(v) ?? JobStatus.Running));
        Assert.DoesNotContain(ShrinkRayShapes.Status(JobStatus.Running), values);
    }

    [Theory]
    [InlineData("/api/jobs/{id}/events")]
    [InlineData("/api/jobs/stream")]
    public async Task SseRoutes_DeclareLastEventId(string path)
    {
        var document = await ServedDocument.OfAsync(factory);

        var header = document.Parameter("GET", path, "Last-Event-ID", "header");

        Assert.Equal("string", (string?)header["schema"]!["type"]);
        Assert.Contains(ServedDocument.EventStream, document.ResponseContentTypes("GET", path, 200));
    }

    [Fact]
    public async Task EveryOperation_TakesAndEchoesTheCorrelationId()
    {
        var document = await ServedDocument.OfAsync(factory);

        Assert.All(document.Operations(), o =>
        {
            document.Parameter(o.Method, o.Path, "X-Correlation-ID", "header");
            var responses = document.Operation(o.Method, o.Path)["responses"]!.AsObject();
            Assert.NotEmpty(responses);
            Assert.All(responses, r => Assert.NotNull(document.Resolve(r.Value!.AsObject())["headers"]?["X-Correlation-ID"]));
        });
    }
}
