using System.Text.Json.Nodes;
using MediaJobs.Pipelines.Transcode;

namespace MediaJobs.Pipelines.Tests.Transcode;

/// <summary>Typed state is stored in the documented result shapes, so the API's <c>results</c> read as before.</summary>
[Trait("Tier", "Fast")]
public sealed class TranscodeStateTests
{
    [Fact]
    public void KeptStreams_IsStoredAsDocumentedAndReadBack()
    {
        var json = TranscodeState.KeptStreams.ToJson(new KeptStreams(1, 2, 0));
        var results = new JsonObject { [TranscodeResults.KeptStreams] = json };

        Assert.Equal("""{"video":1,"audio":2,"subtitle":0}""", json!.ToJsonString());
        Assert.True(TranscodeState.KeptStreams.TryRead(results, out var read));
        Assert.Equal(new KeptStreams(1, 2, 0), read);
    }

    [Fact]
    public void SourceIdentity_IsStoredAsDocumentedAndReadBackExactly()
    {
        var identity = new Media.Files.FileIdentity(2049, ulong.MaxValue - 5, 100_000, 1_765_000_000_123_456_789);
        var results = new JsonObject { [TranscodeResults.SourceIdentity] = TranscodeState.SourceIdentity.ToJson(identity) };

        Assert.Equal("""{"device":2049,"inode":18446744073709551610,"size":100000,"modifiedNs":1765000000123456789}""", results[TranscodeResults.SourceIdentity]!.ToJsonString());
        Assert.True(TranscodeState.SourceIdentity.TryRead(JsonNode.Parse(results.ToJsonString())!.AsObject(), out var read));
        Assert.Equal(identity, read);
    }

    [Fact]
    public void ProbeFields_AreReadAsTypedState()
    {
        var results = new JsonObject { [TranscodeResults.InputSize] = 123_456_789_012, [TranscodeResults.DurationMs] = 2000 };

        Assert.True(TranscodeState.InputSize.TryRead(results, out var size));
        Assert.Equal(123_456_789_012, size);
        Assert.True(TranscodeState.DurationMs.TryRead(results, out var ms));
        Assert.Equal(2000, ms);
        Assert.False(TranscodeState.SmartShrinkCrf.TryRead(results, out _));
    }

    [Fact]
    public void Speed_UnknownIsNull_AndReadsAsNotSet()
    {
        var results = new JsonObject { [TranscodeResults.Speed] = TranscodeState.Speed.ToJson(null) };

        Assert.Null(results[TranscodeResults.Speed]);
        Assert.False(TranscodeState.Speed.TryRead(results, out _));
    }
}
