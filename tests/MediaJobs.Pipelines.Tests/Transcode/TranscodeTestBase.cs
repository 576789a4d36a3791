using System.Security.Cryptography;
using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Service;
using MediaJobs.Pipelines.Common;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Testing;

namespace MediaJobs.Pipelines.Tests.Transcode;

/// <summary>A real engine with the transcode pipeline over a fresh media root per test.</summary>
public abstract class TranscodeTestBase(TranscodeSources sources) : IAsyncLifetime
{
    private readonly List<EngineHarness> _harnesses = [];

    protected TranscodeSources Sources { get; } = sources;

    protected string MediaRoot { get; } = Path.Combine(Path.GetTempPath(), "mediajobs-transcode-media-" + Guid.NewGuid().ToString("N"));

    protected EngineHarness H { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(MediaRoot);
        H = await StartHarnessAsync(new TranscodeOptions { X265Preset = "ultrafast", DetectHardware = false });
    }

    public async Task DisposeAsync()
    {
        foreach (var h in _harnesses)
        {
            await h.DisposeAsync();
            h.DeleteFiles();
        }
        Directory.Delete(MediaRoot, recursive: true);
    }

    protected async Task<EngineHarness> StartHarnessAsync(TranscodeOptions options)
    {
        var h = await CreateHarnessAsync(options);
        await h.StartAsync();
        return h;
    }

    /// <summary>An engine with the transcode pipeline, not started yet (so its start-up clean-up can be watched).</summary>
    protected async Task<EngineHarness> CreateHarnessAsync(TranscodeOptions options)
    {
        EngineHarness? h = null;
        h = await EngineHarness.CreateAsync(null, Pipelines(options, () => h?.Service));
        _harnesses.Add(h);
        return h;
    }

    /// <summary>
    /// Stops <paramref name="running"/> (the engine's shutdown: running jobs go back to the queue, their tools are
    /// stopped) and starts a new engine with a new pipeline on the same data folder, as a restarted server would.
    /// </summary>
    protected async Task<EngineHarness> RestartAsync(EngineHarness running, TranscodeOptions options)
    {
        ArgumentNullException.ThrowIfNull(running);
        await running.DisposeAsync();
        _harnesses.Remove(running);
        EngineHarness? h = null;
        h = await EngineHarness.CreateAtAsync(running.Root, null, Pipelines(options, () => h?.Service));
        _harnesses.Add(h);
        await h.StartAsync();
        return h;
    }

    /// <summary>The transcode pipeline and its segment jobs' (which the transcode submits through the harness's service).</summary>
    private IJobPipeline[] Pipelines(TranscodeOptions options, Func<JobService?> service)
    {
        var transcode = new TranscodePipeline(TranscodeSources.Tools, TranscodeSources.Ffmpeg, TranscodeSources.Ffprobe, TranscodeSources.Runner,
            new MediaRoots([MediaRoot]), options, new EncoderSelector(TranscodeSources.Tools, TranscodeSources.Runner, options), TimeProvider.System, service: service);
        return [transcode, new TranscodeSegmentPipeline(transcode.Work, new MediaRoots([MediaRoot]))];
    }

    /// <summary>Copies a generated source into this test's media root.</summary>
    protected string Place(string source, string? name = null)
    {
        var path = Path.Combine(MediaRoot, name ?? Path.GetFileName(source));
        File.Copy(source, path);
        return path;
    }

    protected Task<Job> SubmitAsync(string preset, JsonObject input, EngineHarness? h = null) =>
        (h ?? H).SubmitAsync(new JobSubmission { Type = TranscodePipeline.TypeName, Preset = preset, Input = input });

    protected static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    protected IEnumerable<string> TempFiles() => Directory.EnumerateFiles(MediaRoot, "*", SearchOption.AllDirectories).Where(TranscodePaths.IsProjectTemp);
}
