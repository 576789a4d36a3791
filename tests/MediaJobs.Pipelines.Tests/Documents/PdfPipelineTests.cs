using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Pipelines.Common;
using MediaJobs.Pipelines.Documents;

namespace MediaJobs.Pipelines.Tests.Documents;

[Trait("Tier", "Media")]
public sealed class PdfPipelineTests : IAsyncLifetime
{
    private DocumentHarness _h = null!;

    public async Task InitializeAsync() => _h = await DocumentHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static JsonArray Pages(Job job) => job.Results["structured_data"]!["metadata"]!["text_contents"]!.AsArray();

    [Fact]
    public async Task Native_TextPdf_ReturnsKnownTextAndMetadata()
    {
        var job = await _h.SubmitAsync("pdf", new JsonObject { ["filename"] = _h.Fixture("text.pdf"), ["extraction_method"] = "native" });

        var done = await _h.WaitAsync(job.Id);

        var data = done.Results["structured_data"]!;
        Assert.Contains("Quarterly Planning Meeting", (string?)data["extracted_text"]);
        Assert.Contains("approved by the board", (string?)data["extracted_text"]);
        Assert.Equal("Fixture text.pdf", (string?)data["metadata"]!["title"]);
        Assert.Equal("MediaJobs tests", (string?)data["metadata"]!["author"]);
        Assert.Equal(1, (int?)data["metadata"]!["pages"]);
        var page = Assert.Single(Pages(done));
        Assert.Equal("native", (string?)page!["method"]);
        Assert.False((bool)done.Results["cached"]!);
        Assert.Equal(_h.Engine.Layout.OutputDirectory(job.Id), (string?)done.Results["target_dir"]);
        Assert.Equal(DocumentArtifacts.Text, done.Output[0].Name);
        Assert.Contains("Quarterly Planning Meeting", await File.ReadAllTextAsync(_h.Engine.Layout.Resolve(done.Output[0].Path)));
        Assert.NotEmpty(Directory.GetFiles(_h.Engine.Layout.LogDirectory(job.Id), "extract-*-pdftotext.log"));
    }

    [Fact]
    public async Task Ocr_ScannedPdf_ReadsTheKnownWords()
    {
        var job = await _h.SubmitAsync("pdf", new JsonObject { ["filename"] = _h.Fixture("scanned.pdf"), ["extraction_method"] = "ocr", ["language"] = "en" });

        var done = await _h.WaitAsync(job.Id);

        var text = (string?)done.Results["structured_data"]!["extracted_text"];
        Assert.Contains("SCANNED INVOICE", text);
        Assert.Contains("TOTAL PAID 4711", text);
        Assert.Equal("ocr", (string?)Assert.Single(Pages(done))!["method"]);
        Assert.NotEmpty(Directory.GetFiles(_h.Engine.Layout.LogDirectory(job.Id), "extract-*-tesseract.log"));
    }

    [Fact]
    public async Task Combined_MixedPdf_UsesOcrOnlyOnTheImagePageAndSaysSo()
    {
        var job = await _h.SubmitAsync("pdf", new JsonObject { ["filename"] = _h.Fixture("mixed.pdf"), ["extraction_method"] = "combined" });

        var done = await _h.WaitAsync(job.Id);

        var pages = Pages(done);
        Assert.Equal(2, pages.Count);
        Assert.Equal("native", (string?)pages[0]!["method"]);
        Assert.Null(pages[0]!["note"]);
        Assert.Contains("Quarterly Planning Meeting", (string?)pages[0]!["text"]);
        Assert.Equal("ocr", (string?)pages[1]!["method"]);
        Assert.Contains("text layer is empty", (string?)pages[1]!["note"]);
        Assert.Contains("THANK YOU", (string?)pages[1]!["text"]);
        var events = await _h.Engine.EventsAsync(job.Id);
        Assert.Contains(events, e => e.Message.Contains("Page 2: OCR used: text layer is empty", StringComparison.Ordinal));
        Assert.Single(Directory.GetFiles(_h.Engine.Layout.LogDirectory(job.Id), "extract-*-tesseract.log"));
    }

    [Fact]
    public async Task Assets_MixedPdf_PublishesPagePreviewsAndTheEmbeddedImage()
    {
        var job = await _h.SubmitAsync("pdf", new JsonObject { ["filename"] = _h.Fixture("mixed.pdf") });

        var done = await _h.WaitAsync(job.Id);

        var assets = done.Results["assets"]!.AsArray().Select(a => Path.GetFileName((string)a!)).ToList();
        Assert.Equal(["page-0001.png", "page-0002.png", "image-002-000.png"], assets);
        Assert.All(done.Results["assets"]!.AsArray(), a => Assert.True(File.Exists((string)a!)));
    }

    [Fact]
    public async Task Template_MeetingMinutes_IsFilledOfflineAndPublished()
    {
        var job = await _h.SubmitAsync("pdf", new JsonObject { ["filename"] = _h.Fixture("text.pdf"), ["template"] = "meetingminutes" });

        var done = await _h.WaitAsync(job.Id);

        var template = done.Results["template"]!;
        Assert.Equal("MeetingMinutes", (string?)template["name"]);
        Assert.Equal("offline", (string?)template["filled_by"]);
        Assert.Equal("Quarterly Planning Meeting", (string?)template["fields"]!["title"]);
        Assert.Equal("2026-03-14", (string?)template["fields"]!["date"]);
        Assert.Contains("Alice will publish the release notes", (string?)template["fields"]!["decisions"]);
        var markdown = (string)template["markdown"]!;
        Assert.StartsWith("# Quarterly Planning Meeting", markdown);
        Assert.DoesNotContain("{{", markdown);
        var artifact = Assert.Single(done.Output, a => a.Name == "MeetingMinutes.md");
        Assert.Equal(markdown, await File.ReadAllTextAsync(_h.Engine.Layout.Resolve(artifact.Path)));
    }

    [Fact]
    public async Task UseCache_SecondRun_IsServedFromCacheAndMarked()
    {
        var input = new JsonObject { ["filename"] = _h.Fixture("mixed.pdf"), ["extraction_method"] = "combined", ["use_cache"] = true };
        var first = await _h.WaitAsync((await _h.SubmitAsync("pdf", input.DeepClone().AsObject())).Id);

        var second = await _h.WaitAsync((await _h.SubmitAsync("pdf", input.DeepClone().AsObject())).Id);

        Assert.False((bool)first.Results["cached"]!);
        Assert.True((bool)second.Results["cached"]!);
        Assert.Equal(first.Id, (string?)second.Results["cached_from_job"]);
        Assert.Equal(
            (string?)first.Results["structured_data"]!["extracted_text"],
            (string?)second.Results["structured_data"]!["extracted_text"]);
        Assert.Equal(first.Output.Select(a => a.Name).Order(), second.Output.Select(a => a.Name).Order());
        Assert.Equal(_h.Engine.Layout.OutputDirectory(second.Id), (string?)second.Results["target_dir"]);
        Assert.False(Directory.Exists(_h.Engine.Layout.LogDirectory(second.Id)), "a cache hit runs no tool");
        var events = await _h.Engine.EventsAsync(second.Id);
        Assert.Contains(events, e => e.Message.StartsWith("Cache hit", StringComparison.Ordinal));
        var entry = Assert.Single(Directory.GetDirectories(Path.Combine(_h.Engine.Root, "cache", "documents")));
        Assert.True(File.Exists(Path.Combine(entry, "manifest.json")));
    }

    [Fact]
    public async Task UseCache_OtherParameters_IsAMiss()
    {
        await _h.WaitAsync((await _h.SubmitAsync("pdf", new JsonObject { ["filename"] = _h.Fixture("text.pdf"), ["use_cache"] = true })).Id);

        var other = await _h.WaitAsync((await _h.SubmitAsync("pdf", new JsonObject { ["filename"] = _h.Fixture("text.pdf"), ["use_cache"] = true, ["template"] = "Summary" })).Id);

        Assert.False((bool)other.Results["cached"]!);
    }

    [Theory]
    [InlineData("mistral_ocr", "MISTRAL_API_KEY")]
    [InlineData("openai_vision", "OPENAI_API_KEY")]
    public async Task CloudMethod_WithoutKey_FailsWithMissingApiKeyAndRemediation(string method, string variable)
    {
        var job = await _h.SubmitAsync("pdf", new JsonObject { ["filename"] = _h.Fixture("text.pdf"), ["extraction_method"] = method });

        var failed = await _h.WaitAsync(job.Id, JobStatus.Failed);

        var error = Assert.Single(failed.Errors);
        Assert.Equal($"MissingApiKey:{variable}", error.Code);
        Assert.Contains(variable, error.Remediation);
        Assert.Contains("native, ocr or combined", error.Remediation);
    }

    [Fact]
    public async Task Submit_FileOutsideMediaRoots_IsRejectedNamingTheField()
    {
        var ex = await Assert.ThrowsAsync<JobValidationException>(() => _h.SubmitAsync("pdf", new JsonObject { ["filename"] = "/etc/passwd" }));

        Assert.Equal("filename", ex.Field);
    }

    [Fact]
    public async Task Submit_UnknownMethodOrTemplate_IsRejectedNamingTheField()
    {
        var method = await Assert.ThrowsAsync<JobValidationException>(() => _h.SubmitAsync("pdf", new JsonObject { ["filename"] = _h.Fixture("text.pdf"), ["extraction_method"] = "magic" }));
        var template = await Assert.ThrowsAsync<JobValidationException>(() => _h.SubmitAsync("pdf", new JsonObject { ["filename"] = _h.Fixture("text.pdf"), ["template"] = "Nope" }));

        Assert.Equal("extraction_method", method.Field);
        Assert.Equal("template", template.Field);
        Assert.Contains("MeetingMinutes", template.Message);
    }

    [Fact]
    public async Task UploadedFile_UnderDataUploads_IsExtracted()
    {
        var uploads = Directory.CreateDirectory(Path.Combine(_h.Engine.Root, DocumentFileResolver.UploadsFolder, UploadPaths.AnonymousOwner, "req-1")).FullName;
        File.Copy(_h.Fixture("text.pdf"), Path.Combine(uploads, "upload.pdf"));

        var done = await _h.WaitAsync((await _h.SubmitAsync("pdf", new JsonObject { ["uploaded_file"] = $"uploads/{UploadPaths.AnonymousOwner}/req-1/upload.pdf" })).Id);

        Assert.Contains("Quarterly Planning Meeting", (string?)done.Results["structured_data"]!["extracted_text"]);
    }

    [Fact]
    public async Task Submit_UploadedFileOutsideUploads_IsRejected()
    {
        var ex = await Assert.ThrowsAsync<JobValidationException>(() => _h.SubmitAsync("pdf", new JsonObject { ["uploaded_file"] = "../media/text.pdf" }));

        Assert.Equal("uploaded_file", ex.Field);
    }
}
