using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Files;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Common;
using MediaJobs.Pipelines.Documents;
using MediaJobs.Testing;

namespace MediaJobs.Pipelines.Tests.Documents;

/// <summary>
/// Issue 23 for document jobs: a <c>pdf</c> job reading <c>&lt;root&gt;/docs/doc.pdf</c> whose folder is replaced by a
/// link to a folder outside the roots after <c>inspect</c> must not read the outside file in <c>extract</c>. The real
/// pdfinfo is wrapped so that it makes the swap itself, once, after it ran: no sleeps.
/// </summary>
[Trait("Tier", "Media")]
public sealed class DocumentSourceSwapTests : IAsyncLifetime
{
    private readonly string _base = Directory.CreateTempSubdirectory("mediajobs-docswap-").FullName;
    private EngineHarness? _engine;

    private string MediaRoot => Path.Combine(_base, "media");
    private string Folder => Path.Combine(MediaRoot, "docs");
    private string Outside => Path.Combine(_base, "outside");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        Directory.CreateDirectory(Outside);
        // Inside: a scan without a text layer; outside: a PDF whose text must not come out of this job.
        File.Copy(Path.Combine(DocumentHarness.FixturesDirectory, "scanned.pdf"), Path.Combine(Folder, "doc.pdf"));
        File.Copy(Path.Combine(DocumentHarness.FixturesDirectory, "text.pdf"), Path.Combine(Outside, "doc.pdf"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_engine is not null)
        {
            await _engine.DisposeAsync();
            _engine.DeleteFiles();
        }
        Directory.Delete(_base, recursive: true);
    }

    [Fact]
    public async Task Pdf_FolderSwappedForLinkAfterInspect_FailsPathOutsideRootsWithoutReadingOutside()
    {
        var pdfinfo = Path.Combine(_base, "pdfinfo");
        var once = Path.Combine(_base, "swapped");
        await File.WriteAllTextAsync(pdfinfo, $"""
            #!/bin/sh
            pdfinfo "$@"
            status=$?
            if [ ! -e '{once}' ]; then : > '{once}'; mv '{Folder}' '{Folder}.old' && ln -s '{Outside}' '{Folder}'; fi
            exit $status

            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(pdfinfo, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var tools = new ToolLocator(new MediaToolsOptions { PdfinfoPath = pdfinfo });
        var runner = new ProcessRunner();
        var services = new DocumentJobDependencies(tools, runner, new FfprobeClient(tools, runner), new MediaRoots([MediaRoot]), new DataLayout(Path.Combine(_base, "data")),
            new DocumentsOptions { CpuBudget = 1 }, new HttpClient());
        _engine = await EngineHarness.CreateAtAsync(Path.Combine(_base, "data"), null, new PdfPipeline(services));
        await _engine.StartAsync();

        var job = await _engine.SubmitAsync(new JobSubmission
        {
            Type = PdfPipeline.TypeName,
            Input = new JsonObject { ["filename"] = Path.Combine(Folder, "doc.pdf"), ["extraction_method"] = "native", ["include_assets"] = false },
        });
        var failed = await _engine.WaitForStatusAsync(job.Id, JobStatus.Failed, TimeSpan.FromSeconds(60));

        Assert.True(File.Exists(once), "the swap did not happen");
        Assert.Contains(failed.Errors, e => e.Code == PathOutsideRootsException.Code && !e.Message.Contains(Outside, StringComparison.Ordinal));
        Assert.DoesNotContain("Quarterly", failed.Results.ToJsonString(), StringComparison.Ordinal);
    }
}
