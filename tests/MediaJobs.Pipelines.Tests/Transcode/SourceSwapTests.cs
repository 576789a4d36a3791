using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Files;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Common;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Testing;

namespace MediaJobs.Pipelines.Tests.Transcode;

/// <summary>
/// Issue 23: a transcode accepted for <c>&lt;root&gt;/swap/v.mp4</c> whose folder is then replaced by a symbolic link
/// to a folder outside the roots (or whose file is replaced by another) must touch nothing but what it probed. The
/// swap happens at a step boundary without sleeping: the fake ffprobe (after the probe step's call) or the fake ffmpeg
/// (after the encode) performs it itself, once, before it exits.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class SourceSwapTests : IAsyncLifetime
{
    private const int SourceBytes = 100_000;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    private const string ProbeJson = """
        {"streams":[{"index":0,"codec_name":"h264","codec_type":"video","width":320,"height":240,"pix_fmt":"yuv420p"},
                    {"index":1,"codec_name":"aac","codec_type":"audio","channels":2}],
         "format":{"format_name":"mov,mp4,m4a,3gp,3g2,mj2","duration":"2.000000","size":"100000","bit_rate":"400000"}}
        """;

    private readonly string _base = Directory.CreateTempSubdirectory("mediajobs-swap-").FullName;
    private EngineHarness? _harness;

    private string MediaRoot => Path.Combine(_base, "media");
    private string Folder => Path.Combine(MediaRoot, "swap");
    private string Source => Path.Combine(Folder, "v.mp4");
    private string Outside => Path.Combine(_base, "outside");
    private string OutsideFile => Path.Combine(Outside, "v.mp4");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        Directory.CreateDirectory(Outside);
        await File.WriteAllTextAsync(Path.Combine(_base, "probe.json"), ProbeJson);
        await File.WriteAllBytesAsync(Source, Bytes(SourceBytes, 1));
        await File.WriteAllBytesAsync(OutsideFile, Bytes(SourceBytes, 7));
        File.SetLastWriteTimeUtc(OutsideFile, new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc));
    }

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
            _harness.DeleteFiles();
        }
        Directory.Delete(_base, recursive: true);
    }

    [Fact]
    public async Task Transcode_FolderSwappedForLinkBetweenProbeAndEncode_FailsPathOutsideRootsAndOutsideUntouched()
    {
        var outside = Snapshot(Outside);
        await StartAsync(afterProbe: SwapFolderForLink(), afterEncode: null);

        var job = await WaitForEndAsync(await SubmitAsync());

        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.Contains(job.Errors, e => e.Code == PathOutsideRootsException.Code && !e.Message.Contains(Outside, StringComparison.Ordinal));
        Assert.Equal(outside, Snapshot(Outside));
    }

    [Fact]
    public async Task Transcode_FolderSwappedForLinkBetweenEncodeAndReplace_FailsPathOutsideRootsAndOutsideUntouched()
    {
        var outside = Snapshot(Outside);
        await StartAsync(afterProbe: null, afterEncode: SwapFolderForLink());

        var job = await WaitForEndAsync(await SubmitAsync());

        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.Contains(job.Errors, e => e.Code == PathOutsideRootsException.Code);
        Assert.Equal(outside, Snapshot(Outside));
        Assert.Equal(Bytes(SourceBytes, 1), await File.ReadAllBytesAsync(Path.Combine(MediaRoot, "swap.old", "v.mp4")));
    }

    [Fact]
    public async Task Transcode_FileReplacedBetweenProbeAndEncode_FailsSourceChangedAndNewFileUntouched()
    {
        await StartAsync(afterProbe: ReplaceFile(), afterEncode: null);

        var job = await WaitForEndAsync(await SubmitAsync());

        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.Contains(job.Errors, e => e.Code == "SourceChanged");
        Assert.Equal("another file", await File.ReadAllTextAsync(Source));
        Assert.DoesNotContain(Directory.EnumerateFiles(Folder), TranscodePaths.IsProjectTemp);
    }

    [Fact]
    public async Task Transcode_FileReplacedBetweenEncodeAndReplace_FailsSourceChangedAndNewFileUntouched()
    {
        await StartAsync(afterProbe: null, afterEncode: ReplaceFile());

        var job = await WaitForEndAsync(await SubmitAsync());

        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.Contains(job.Errors, e => e.Code == "SourceChanged");
        Assert.Equal("another file", await File.ReadAllTextAsync(Source));
    }

    [Fact]
    public async Task Transcode_NothingSwapped_Replaces()
    {
        await StartAsync(afterProbe: null, afterEncode: null);

        var job = await WaitForEndAsync(await SubmitAsync());

        Assert.Equal(JobStatus.Succeeded, job.Status);
        Assert.Equal(40_000, new FileInfo(Source).Length);
        Assert.NotNull(job.Results[TranscodeResults.SourceIdentity]);
    }

    [Fact]
    public async Task Submit_SourceIsALinkInsideTheRoot_IsRefusedNamingTheLink()
    {
        await StartAsync(afterProbe: null, afterEncode: null);
        var link = Path.Combine(MediaRoot, "alias.mp4");
        File.CreateSymbolicLink(link, Source);

        var ex = await Assert.ThrowsAsync<Core.Errors.JobValidationException>(() =>
            _harness!.SubmitAsync(new JobSubmission { Type = TranscodePipeline.TypeName, Preset = TranscodePreset.CompressHevc, Input = new JsonObject { ["path"] = link } }));

        Assert.Contains("symbolic link", ex.Error.Message, StringComparison.Ordinal);
    }

    /// <summary>The finding: the folder moves away and a link to a folder outside every root takes its name.</summary>
    private string SwapFolderForLink() => $"mv '{Folder}' '{Folder}.old' && ln -s '{Outside}' '{Folder}'";

    /// <summary>Another file (another inode) takes the source's name.</summary>
    private string ReplaceFile() => $"printf 'another file' > '{Source}.new' && mv '{Source}.new' '{Source}'";

    private async Task StartAsync(string? afterProbe, string? afterEncode)
    {
        var options = new TranscodeOptions { DetectHardware = false };
        var tools = new ToolLocator(new MediaToolsOptions
        {
            FfmpegPath = Hooked("ffmpeg", afterEncode, "-progress", "--fake-duration", "2", "--fake-speed", "8", "--fake-block-ms", "25", "--fake-output-bytes", "40000"),
            FfprobePath = Hooked("ffprobe", afterProbe, "-show_streams", "--fake-print", Path.Combine(_base, "probe.json")),
        });
        var runner = new ProcessRunner();
        var pipeline = new TranscodePipeline(tools, new FfmpegRunner(tools, runner), new FfprobeClient(tools, runner), runner,
            new MediaRoots([MediaRoot]), options, new EncoderSelector(tools, runner, options), TimeProvider.System);
        _harness = await EngineHarness.CreateAsync(null, pipeline);
        await _harness.StartAsync();
    }

    /// <summary>
    /// A fake tool that, the first time it is called with <paramref name="marker"/> among its arguments (a probe of a
    /// file, or an encode), runs <paramref name="action"/> after its own work and before it exits.
    /// </summary>
    private string Hooked(string name, string? action, string marker, params string[] fakeArguments)
    {
        var script = Path.Combine(_base, name);
        var quoted = string.Join(' ', fakeArguments.Select(a => $"'{a}'"));
        var once = Path.Combine(_base, name + ".fired");
        var hook = action is null ? "" : $"""
            case " $* " in *" {marker} "*)
              if [ ! -e '{once}' ]; then : > '{once}'; {action}; fi;;
            esac
            """;
        File.WriteAllText(script, $"#!/bin/sh\n'{FakeFfmpeg.Path}' {quoted} \"$@\"\nstatus=$?\n{hook}\nexit $status\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return script;
    }

    private Task<Job> SubmitAsync() =>
        _harness!.SubmitAsync(new JobSubmission { Type = TranscodePipeline.TypeName, Preset = TranscodePreset.CompressHevc, Input = new JsonObject { ["path"] = Source } });

    private async Task<Job> WaitForEndAsync(Job submitted)
    {
        using var cts = new CancellationTokenSource(Limit);
        while (true)
        {
            var seen = _harness!.Store.Feed.LastPublishedId;
            var job = await _harness.Store.GetAsync(submitted.Id, cts.Token) ?? throw new InvalidOperationException("the job vanished");
            if (job.Status.IsFinal())
            {
                return job;
            }
            await _harness.Store.Feed.WaitAsync(seen, TimeSpan.FromMilliseconds(200), TimeProvider.System, cts.Token);
        }
    }

    /// <summary>Every entry of a folder with its bytes and modification time.</summary>
    private static List<string> Snapshot(string folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetFileName(f)} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))} {File.GetLastWriteTimeUtc(f):O}")];

    private static byte[] Bytes(int count, int seed) => [.. Enumerable.Range(0, count).Select(i => (byte)((i * seed) % 251))];
}
