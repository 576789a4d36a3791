using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.OpenApi;

/// <summary>The API-key schemes, and which operations need a key (the same rule the middleware applies).</summary>
[Trait("Tier", "Fast")]
public sealed class OpenApiSecurityTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Schemes_AreBearerAndTheXApiKeyHeader()
    {
        var document = await ServedDocument.OfAsync(factory);

        var schemes = document.Root["components"]!["securitySchemes"]!;

        Assert.Equal("http", (string?)schemes["Bearer"]!["type"]);
        Assert.Equal("bearer", (string?)schemes["Bearer"]!["scheme"]);
        Assert.Equal("apiKey", (string?)schemes["ApiKey"]!["type"]);
        Assert.Equal("header", (string?)schemes["ApiKey"]!["in"]);
        Assert.Equal("X-Api-Key", (string?)schemes["ApiKey"]!["name"]);
    }

    [Fact]
    public async Task EveryOperationButHealth_NeedsEitherScheme_AndDeclaresItsUnauthorizedAnswer()
    {
        var document = await ServedDocument.OfAsync(factory);

        var operations = document.Operations();
        var open = operations.Where(o => document.Operation(o.Method, o.Path)["security"] is null).Select(o => $"{o.Method} {o.Path}").Order();
        var guarded = operations.Where(o => document.Operation(o.Method, o.Path)["security"] is not null).ToList();

        Assert.Equal(["GET /healthz", "GET /readyz"], open);
        Assert.True(guarded.Count > 40, $"only {guarded.Count} guarded operations");
        Assert.All(guarded, o =>
        {
            var alternatives = document.Operation(o.Method, o.Path)["security"]!.AsArray().Select(r => string.Join('+', r!.AsObject().Select(p => p.Key))).Order();
            Assert.Equal(["ApiKey", "Bearer"], alternatives);
            Assert.NotEmpty(document.ResponseContentTypes(o.Method, o.Path, 401));
        });
    }

    [Theory]
    [InlineData("GET", "/api/jobs/{id}", "application/problem+json")]
    [InlineData("GET", "/compat/moneyprinter/api/jobs/{id}", "application/json")]
    [InlineData("GET", "/api/v1/jobs", "application/json")]
    public async Task UnauthorizedAnswers_AreInTheSurfacesShape(string method, string path, string contentType)
    {
        var document = await ServedDocument.OfAsync(factory);

        Assert.Equal([contentType], document.ResponseContentTypes(method, path, 401));
    }
}
