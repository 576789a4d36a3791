using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Common;
using MediaJobs.Pipelines.Documents;
using MediaJobs.Testing;

namespace MediaJobs.Pipelines.Tests.Documents;

/// <summary>A real engine with the document job types, the fixtures copied under a media root inside its data folder.</summary>
internal sealed class DocumentHarness : IAsyncDisposable
{
    public static readonly string FixturesDirectory = Path.Combine(AppContext.BaseDirectory, "Documents", "Fixtures");
    private static readonly ToolLocator Tools = new();
    private static readonly ProcessRunner Runner = new();

    private DocumentHarness(EngineHarness harness, string mediaRoot, DocumentJobDependencies services)
    {
        Engine = harness;
        MediaRoot = mediaRoot;
        Services = services;
    }

    public EngineHarness Engine { get; }
    public string MediaRoot { get; }
    public DocumentJobDependencies Services { get; }

    public static async Task<DocumentHarness> StartAsync(Action<DocumentsOptions>? configure = null, HttpClient? http = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "mediajobs-documents-tests", Guid.NewGuid().ToString("N"));
        var mediaRoot = Directory.CreateDirectory(Path.Combine(root, "media")).FullName;
        foreach (var pdf in Directory.GetFiles(FixturesDirectory, "*.pdf"))
        {
            File.Copy(pdf, Path.Combine(mediaRoot, Path.GetFileName(pdf)));
        }
        var options = new DocumentsOptions { OcrDpi = 150, CpuBudget = 2 };
        configure?.Invoke(options);
        var services = new DocumentJobDependencies(Tools, Runner, new FfprobeClient(Tools, Runner), new MediaRoots([mediaRoot]), new DataLayout(root), options, http ?? new HttpClient());
        var harness = await EngineHarness.CreateAtAsync(root, null, new PdfPipeline(services), new TransformerPipeline(services), new SessionPipeline(services));
        await harness.StartAsync();
        return new DocumentHarness(harness, mediaRoot, services);
    }

    public string Fixture(string name) => Path.Combine(MediaRoot, name);

    public Task<Job> SubmitAsync(string type, JsonObject input) =>
        Engine.SubmitAsync(new JobSubmission { Type = type, Input = input });

    public Task<Job> WaitAsync(string jobId, JobStatus status = JobStatus.Succeeded) =>
        Engine.WaitForStatusAsync(jobId, status, TimeSpan.FromSeconds(90));

    public async ValueTask DisposeAsync()
    {
        await Engine.DisposeAsync();
        Engine.DeleteFiles();
    }
}
