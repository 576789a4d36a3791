using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Video;
using MediaJobs.Testing;
using static MediaJobs.Pipelines.Tests.Video.VideoTestSupport;

namespace MediaJobs.Pipelines.Tests.Video.Captions;

/// <summary>
/// The two full-size sample renders the acceptance checks need (seed 000's sample at 1920×1080 <c>balanced</c>, and
/// <c>sample-shorts</c> at 1080×1920), rendered once for all tests of the class: each costs a 25 s 1080p encode.
/// </summary>
public sealed class SampleRenders : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);
    private EngineHarness _h = null!;

    public Job Sample { get; private set; } = null!;
    public Job Shorts { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _h = await EngineHarness.CreateAsync(null, Pipeline());
        await _h.StartAsync();
        Sample = await RenderAsync(VideoPipeline.SamplePreset);
        Shorts = await RenderAsync(VideoPipeline.ShortsPreset);
    }

    public async Task DisposeAsync()
    {
        await _h.DisposeAsync();
        if (Environment.GetEnvironmentVariable("MEDIAJOBS_KEEP_TEST_FILES") is null)
        {
            _h.DeleteFiles();
        }
    }

    public string PathOf(Job job, string name) => _h.Layout.Resolve(job.Output.Concat(job.Steps.SelectMany(s => s.Artifacts)).First(a => a.Name == name).Path);

    internal NarrationTimings TimingsOf(Job job) =>
        JsonSerializer.Deserialize<NarrationTimings>(File.ReadAllText(PathOf(job, VideoArtifacts.Timings)), VideoArtifacts.Json)!;

    public string TempFile(string name) => Path.Combine(_h.Root, name);

    private async Task<Job> RenderAsync(string preset)
    {
        var job = await _h.SubmitAsync(new JobSubmission
        {
            Type = VideoPipeline.TypeName,
            Preset = preset,
            Options = new JsonObject { ["allowSkipUnavailable"] = true, ["quality"] = "balanced" },
        });
        return await _h.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Timeout);
    }
}
