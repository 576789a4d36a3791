using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Pipelines.Video;

namespace MediaJobs.Pipelines.Tests.Video;

[Trait("Tier", "Fast")]
public sealed class ScriptJsonTests
{
    [Fact]
    public void ScriptJson_ListsEverySentenceWithItsTextAndScene()
    {
        var script = SampleScript.Create("en-US");

        var json = JsonNode.Parse(JsonSerializer.Serialize(script, VideoArtifacts.Json))!;

        var sentences = json["sentences"]!.AsArray();
        Assert.Equal(script.SentenceCount, sentences.Count);
        Assert.Equal("Hello, and welcome to this sample video.", (string?)sentences[0]!["sentence"]);
        Assert.Equal(0, (int?)sentences[0]!["scene"]);
        Assert.Equal(2, (int?)sentences[^1]!["scene"]);
        Assert.All(sentences, s => Assert.False(string.IsNullOrWhiteSpace((string?)s!["sentence"])));
    }

    [Fact]
    public void ScriptJson_ReadBack_GivesTheSameScenesAndSentences()
    {
        var script = SampleScript.Create("en-US");

        var back = JsonSerializer.Deserialize<VideoScript>(JsonSerializer.Serialize(script, VideoArtifacts.Json), VideoArtifacts.Json)!;

        Assert.Equal(script.Sentences, back.Sentences);
        Assert.Equal(script.Title, back.Title);
    }
}
