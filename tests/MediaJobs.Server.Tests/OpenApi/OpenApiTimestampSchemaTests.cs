using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.OpenApi;

/// <summary>Timestamps are documented as strings in date-time format, nullable where the contract allows null.</summary>
[Trait("Tier", "Fast")]
public sealed class OpenApiTimestampSchemaTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    [Fact]
    public async Task JobTimestamps_AreStringsInDateTimeFormat_NullableOnesAlsoNull()
    {
        var job = (await ServedDocument.OfAsync(factory)).Root["components"]!["schemas"]!["JobResponse"]!["properties"]!;

        Assert.Equal(["string"], Types(job["createdUtc"]!));
        Assert.Equal("date-time", (string?)job["createdUtc"]!["format"]);
        Assert.Equal(["null", "string"], Types(job["startedUtc"]!));
        Assert.Equal("date-time", (string?)job["startedUtc"]!["format"]);
    }

    [Fact]
    public async Task EveryDateTimeProperty_HasAStringType()
    {
        var schemas = (await ServedDocument.OfAsync(factory)).Root["components"]!["schemas"]!.AsObject();

        var timestamps = schemas
            .SelectMany(s => (s.Value!["properties"] as JsonObject ?? []).Select(p => (Name: $"{s.Key}.{p.Key}", Schema: p.Value!)))
            .Where(p => (string?)p.Schema["format"] == "date-time")
            .ToList();

        Assert.True(timestamps.Count >= 5, $"only {timestamps.Count} date-time properties found");
        Assert.All(timestamps, p => Assert.True(Types(p.Schema).Contains("string"), $"{p.Name}: {p.Schema.ToJsonString()}"));
    }

    private static string[] Types(JsonNode schema) => schema["type"] switch
    {
        JsonArray many => [.. many.Select(t => (string)t!).Order(StringComparer.Ordinal)],
        JsonValue one => [(string)one!],
        _ => [],
    };
}
