using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Testing;

namespace MediaJobs.Pipelines.Tests.Transcode;

/// <summary>
/// Long encodes in durable segments: a restart keeps the committed segments and encodes only the rest, and the joined
/// file is the one-piece encode's equal (frames, duration, picture at every cut).
/// </summary>
[Trait("Tier", "Media")]
public sealed class SegmentedTranscodeTests(TranscodeSources sources) : TranscodeTestBase(sources), IClassFixture<TranscodeSources>
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(240);
    private static readonly TranscodeOptions Fast = new() { X265Preset = "fast", DetectHardware = false };

    /// <summary>
    /// Near-transparent, so two independent encodes of the same frames can be held to SSIM 0.99 against each other (at
    /// CRF 26 on this tiny picture two one-piece encodes already differ by more than that; the check against the source below holds there too).
    /// </summary>
    private static readonly TranscodeOptions Transparent = new() { X265Preset = "fast", DetectHardware = false, HevcCrf = 12 };

    [Fact]
    public async Task Restart_After3SegmentsCommitted_EncodesOnlyTheRestAndMatchesTheOnePieceEncode()
    {
        var source = Path.Combine(MediaRoot, "movie.mkv");
        await MediaMeasures.MakeSourceAsync(source);
        var whole = Place(source, "whole.mkv");
        var original = Place(source, "original.mkv");
        var sourceFrames = await MediaMeasures.FramesAsync(source);
        var sourceSeconds = await MediaMeasures.DurationSecondsAsync(source);
        var h = await StartHarnessAsync(Transparent);
        var job = await SubmitSegmentedAsync(h, source, 10);

        var children = await ChildrenAsync(h, job.Id);
        Assert.Equal(6, children.Count);
        await h.WaitForEventAsync(children[2].Id, e => e.Message == "Segment 2 committed on test-node.", Slow);
        var committedBefore = (await SegmentEventsAsync(h, job.Id)).Where(IsSegmentCommit).Select(e => e.Message.Split(' ')[1]).ToList();
        h = await RestartAsync(h, Transparent);
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Slow);

        // One segment job per segment, never submitted again; the encoder ran again only for the one the restart cut short.
        Assert.Equal(6, (await h.Service.ListChildrenAsync(job.Id, CancellationToken.None)).Count);
        var events = await SegmentEventsAsync(h, job.Id);
        Assert.InRange(committedBefore.Count, 3, 5);
        Assert.All(committedBefore, i => Assert.Single(events, e => IsSegmentStart(e) && e.Message.StartsWith($"Encoding segment {i} of", StringComparison.Ordinal)));
        Assert.InRange(events.Count(IsSegmentStart), 6, 7);
        var commits = events.Where(IsSegmentCommit).ToList();
        Assert.Equal(["0", "1", "2", "3", "4", "5"], commits.Select(e => e.Message.Split(' ')[1]).Order());
        Assert.Equal(6, (int?)done.Results[TranscodeResults.Segments]);

        Assert.Equal(sourceFrames, await MediaMeasures.FramesAsync(source));
        Assert.Equal(sourceSeconds, await MediaMeasures.DurationSecondsAsync(source), 0.05);
        Assert.Equal("hevc", (await TranscodeSources.Ffprobe.ProbeAsync(source)).PrimaryVideo?.CodecName);
        Assert.Single((await TranscodeSources.Ffprobe.ProbeAsync(source)).Streams, s => s.IsAudio);
        Assert.False(Directory.Exists(SegmentFolderOf(source, job.Id)));
        Assert.Empty(TempFiles());

        // The same settings in one piece: every cut (frames 250, 500, ... 1250) and its neighbours look the same.
        var onePiece = await SubmitAsync("compress-hevc", new JsonObject { ["path"] = whole }, h);
        await h.WaitForStatusAsync(onePiece.Id, JobStatus.Succeeded, Slow);
        Assert.Null((await h.Store.GetAsync(onePiece.Id, CancellationToken.None))!.Results[TranscodeResults.Segments]);
        int[] cuts = [250, 500, 750, 1000, 1250];
        var frames = cuts.SelectMany(c => new[] { c - 2, c - 1, c, c + 1 }).ToList();
        Assert.InRange(await MediaMeasures.MinSsimAsync(source, whole, frames, Path.Combine(h.Root, "ssim.log")), 0.99, 1.0);
        // And as close to the original picture at the cuts as the one-piece encode is.
        var segmentedToOriginal = await MediaMeasures.MinSsimAsync(source, original, frames, Path.Combine(h.Root, "ssim-segmented.log"));
        var onePieceToOriginal = await MediaMeasures.MinSsimAsync(whole, original, frames, Path.Combine(h.Root, "ssim-one-piece.log"));
        Assert.True(segmentedToOriginal >= onePieceToOriginal - 0.01, $"segmented {segmentedToOriginal}, one piece {onePieceToOriginal}");
        Assert.InRange((double)new FileInfo(source).Length / new FileInfo(whole).Length, 0.9, 1.1);
    }

    [Fact]
    public async Task SmartShrink_Segmented_ChoosesItsCrfOnceAndEverySegmentUsesIt()
    {
        var source = Path.Combine(MediaRoot, "movie.mkv");
        await MediaMeasures.MakeSourceAsync(source, 20);
        var h = await StartHarnessAsync(Fast);

        var job = await h.SubmitAsync(new JobSubmission
        {
            Type = TranscodePipeline.TypeName,
            Preset = TranscodePreset.SmartShrinkHevc,
            Input = new JsonObject { ["path"] = source, ["smartshrink_quality"] = "good" },
            Options = new JsonObject { ["segmentSeconds"] = 5 },
        });
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Slow);

        var crf = (int)done.Results[TranscodeResults.SmartShrinkCrf]!;
        Assert.Equal(4, (int?)done.Results[TranscodeResults.Segments]);
        Assert.Equal(crf, (int?)done.Results[TranscodeResults.Crf]);
        // Each segment's ffmpeg log starts with its command line: four encodes of one segment each, all at the chosen CRF.
        var segmentCommands = (await h.Service.ListChildrenAsync(job.Id, CancellationToken.None)).SelectMany(c => Directory.GetFiles(h.Layout.LogDirectory(c.Id), "*-ffmpeg.log"))
            .Select(f => File.ReadLines(f).First()).Where(line => line.Contains("-frames:v", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, segmentCommands.Count);
        Assert.All(segmentCommands, line => Assert.Contains($" -crf {crf} ", line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"ten\"")]
    [InlineData("100000")]
    public async Task Submit_NonsenseSegmentSeconds_RefusedNamingTheOption(string value)
    {
        var source = Place(Sources.H264Mp4);

        var refused = await Assert.ThrowsAsync<MediaJobs.Core.Errors.JobValidationException>(() => H.SubmitAsync(new JobSubmission
        {
            Type = TranscodePipeline.TypeName,
            Preset = "compress-hevc",
            Input = new JsonObject { ["path"] = source },
            Options = new JsonObject { ["segmentSeconds"] = JsonNode.Parse(value) },
        }));

        Assert.Contains("options.segmentSeconds", refused.Message, StringComparison.Ordinal);
    }

    private static Task<Job> SubmitSegmentedAsync(EngineHarness h, string source, double seconds) => h.SubmitAsync(new JobSubmission
    {
        Type = TranscodePipeline.TypeName,
        Preset = "compress-hevc",
        Input = new JsonObject { ["path"] = source },
        Options = new JsonObject { ["segmentSeconds"] = seconds },
    });

    /// <summary>The segment jobs of <paramref name="parentId"/>, in segment order, once the parent submitted them.</summary>
    private static async Task<IReadOnlyList<Job>> ChildrenAsync(EngineHarness h, string parentId)
    {
        await h.WaitForEventAsync(parentId, e => e.Message.EndsWith(" segment jobs submitted.", StringComparison.Ordinal), Slow);
        return [.. (await h.Service.ListChildrenAsync(parentId, CancellationToken.None)).OrderBy(IndexOf)];
    }

    private static int IndexOf(Job segmentJob) => (int)segmentJob.Input["index"]!;

    /// <summary>The events of every segment job of <paramref name="parentId"/>.</summary>
    private static async Task<List<JobEvent>> SegmentEventsAsync(EngineHarness h, string parentId)
    {
        var events = new List<JobEvent>();
        foreach (var child in await h.Service.ListChildrenAsync(parentId, CancellationToken.None))
        {
            events.AddRange(await h.EventsAsync(child.Id));
        }
        return events;
    }

    private static bool IsSegmentCommit(JobEvent e) => e.Message.StartsWith("Segment ", StringComparison.Ordinal) && e.Message.EndsWith(" committed on test-node.", StringComparison.Ordinal);

    private static bool IsSegmentStart(JobEvent e) => e.Message.StartsWith("Encoding segment ", StringComparison.Ordinal);

    private static string SegmentFolderOf(string source, string jobId) =>
        Path.Combine(Path.GetDirectoryName(source)!, SegmentPaths.FolderEntry(Path.GetFileName(source), jobId));
}
