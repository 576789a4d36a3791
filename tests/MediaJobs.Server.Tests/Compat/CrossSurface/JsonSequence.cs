using System.Text.Json.Nodes;

namespace MediaJobs.Server.Tests.Compat.CrossSurface;

/// <summary>Assertions on lists of JSON values, naming the first entry that differs.</summary>
internal static class JsonSequence
{
    public static void Equal(IReadOnlyList<JsonNode?> expected, IReadOnlyList<JsonNode?> actual, string what)
    {
        StartsWith(expected, actual, what);
        Assert.True(expected.Count == actual.Count, $"{what}: expected {expected.Count} entries, got {actual.Count}; first extra: {Extra(expected, actual)}");
    }

    /// <summary><paramref name="actual"/> begins with every entry of <paramref name="prefix"/>, in order.</summary>
    public static void StartsWith(IReadOnlyList<JsonNode?> prefix, IReadOnlyList<JsonNode?> actual, string what)
    {
        for (var i = 0; i < prefix.Count; i++)
        {
            Assert.True(i < actual.Count, $"{what}: entry {i} missing; expected {prefix[i]?.ToJsonString()}");
            Assert.True(JsonNode.DeepEquals(prefix[i], actual[i]), $"{what}: entry {i} differs.\nexpected {prefix[i]?.ToJsonString()}\nactual   {actual[i]?.ToJsonString()}");
        }
    }

    private static string? Extra(IReadOnlyList<JsonNode?> expected, IReadOnlyList<JsonNode?> actual) =>
        expected.Count > actual.Count ? expected[actual.Count]?.ToJsonString() : actual.Count > expected.Count ? actual[expected.Count]?.ToJsonString() : null;
}
