using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Pipelines.Tests.Documents;

/// <summary>The cloud paths against a fake provider on 127.0.0.1: Mistral OCR, the vision model and the template LLM.</summary>
[Trait("Tier", "Media")]
public sealed class CloudProviderTests : IAsyncLifetime
{
    private readonly FakeProvider _fake = new();
    private DocumentHarness _h = null!;

    public async Task InitializeAsync() => _h = await DocumentHarness.StartAsync(o =>
    {
        o.Mistral.BaseUrl = _fake.BaseUrl;
        o.Mistral.ApiKey = "mistral-test-key";
        o.Vision.BaseUrl = _fake.BaseUrl;
        o.Vision.ApiKey = "vision-test-key";
        o.Llm.BaseUrl = _fake.BaseUrl;
        o.Llm.ApiKey = "llm-test-key";
        o.Llm.Model = "test-model";
        o.SpeechToText.BaseUrl = _fake.BaseUrl;
        o.SpeechToText.ApiKey = "stt-test-key";
    });

    public async Task DisposeAsync()
    {
        await _h.DisposeAsync();
        _fake.Dispose();
    }

    [Fact]
    public async Task MistralOcrWithPages_FakeServer_ReturnsItsPagesAndKeepsTheRawResponse()
    {
        _fake.Reply(200, """{"model":"mistral-ocr-latest","pages":[{"index":0,"markdown":"# Hello from Mistral"},{"index":1,"markdown":"Second page"}],"usage_info":{"pages_processed":2}}""");

        var job = await _h.SubmitAsync("pdf", new JsonObject { ["filename"] = _h.Fixture("mixed.pdf"), ["extraction_method"] = "mistral_ocr_with_pages", ["include_assets"] = false });
        var done = await _h.WaitAsync(job.Id);

        var (path, auth, body) = Assert.Single(_fake.Requests);
        Assert.Equal("/v1/ocr", path);
        Assert.Equal("Bearer mistral-test-key", auth);
        Assert.StartsWith("data:application/pdf;base64,JVBER", (string?)body["document"]!["document_url"]);
        var data = done.Results["structured_data"]!;
        Assert.Equal("# Hello from Mistral\n\nSecond page", (string?)data["extracted_text"]);
        Assert.Equal("mistral_ocr", (string?)data["metadata"]!["text_contents"]![1]!["method"]);
        Assert.Equal(2, (int?)data["mistral_ocr_raw_metadata"]!["pages_count"]);
        Assert.Contains(done.Output, a => a.Name == "mistral-ocr-raw.json");
    }

    [Fact]
    public async Task MistralOcr_ProviderBusyOnce_IsRetriedByTheEngine_AndSucceeds()
    {
        _fake.Reply(503, """{"message":"overloaded"}""");
        _fake.Reply(200, """{"pages":[{"index":0,"markdown":"After a retry"}]}""");

        var job = await _h.SubmitAsync("pdf", new JsonObject { ["filename"] = _h.Fixture("text.pdf"), ["extraction_method"] = "mistral_ocr", ["include_assets"] = false });
        var done = await _h.WaitAsync(job.Id);

        Assert.Equal(2, _fake.Requests.Count);
        Assert.Equal(2, done.Attempt);
        Assert.Contains("After a retry", (string?)done.Results["structured_data"]!["extracted_text"]);
    }

    [Fact]
    public async Task MistralOcr_ProviderRejectsKey_FailsAsAuthFailedNamingTheKeySetting()
    {
        _fake.Reply(401, """{"message":"Unauthorized"}""");

        var job = await _h.SubmitAsync("pdf", new JsonObject { ["filename"] = _h.Fixture("text.pdf"), ["extraction_method"] = "mistral_ocr" });
        var failed = await _h.WaitAsync(job.Id, JobStatus.Failed);

        var error = Assert.Single(failed.Errors);
        Assert.Equal("ProviderAuthFailed:mistral", error.Code);
        Assert.Contains("401", error.Message);
        Assert.Contains("MISTRAL_API_KEY", error.Remediation);
    }

    [Fact]
    public async Task OpenAiVision_FakeServer_SendsEachPageImageAndUsesTheAnswer()
    {
        _fake.Reply(200, """{"choices":[{"message":{"content":"Page one by vision"}}]}""");
        _fake.Reply(200, """{"choices":[{"message":{"content":"Page two by vision"}}]}""");

        var job = await _h.SubmitAsync("pdf", new JsonObject { ["filename"] = _h.Fixture("mixed.pdf"), ["extraction_method"] = "openai_vision", ["include_assets"] = false });
        var done = await _h.WaitAsync(job.Id);

        Assert.Equal(2, _fake.Requests.Count);
        Assert.All(_fake.Requests, r => Assert.Equal("/v1/chat/completions", r.Path));
        Assert.StartsWith("data:image/png;base64,", (string?)_fake.Requests[0].Body["messages"]![0]!["content"]![1]!["image_url"]!["url"]);
        Assert.Equal("Page one by vision\n\nPage two by vision", (string?)done.Results["structured_data"]!["extracted_text"]);
    }

    [Fact]
    public async Task Transformer_LlmConfigured_FieldsComeFromTheModelAndGapsOffline()
    {
        _fake.Reply(200, """{"choices":[{"message":{"content":"{\"title\":\"Model title\",\"summary\":\"Model summary.\",\"topics\":[\"One\",\"Two\"]}"}}]}""");

        var job = await _h.SubmitAsync("transformer", new JsonObject { ["text"] = "Budget Review\nThe budget was approved on 2026-05-02.", ["template"] = "Summary" });
        var done = await _h.WaitAsync(job.Id);

        var request = Assert.Single(_fake.Requests);
        Assert.Equal("test-model", (string?)request.Body["model"]);
        Assert.Equal("json_object", (string?)request.Body["response_format"]!["type"]);
        var template = done.Results["template"]!;
        Assert.Equal("llm", (string?)template["filled_by"]);
        Assert.Equal("Model title", (string?)template["fields"]!["title"]);
        Assert.Equal("- One\n- Two", (string?)template["fields"]!["topics"]);
        Assert.Equal("2026-05-02", (string?)template["fields"]!["date"]);
        Assert.Empty(done.Warnings);
    }

    [Fact]
    public async Task Transformer_LlmAnswersGarbage_FallsBackOfflineWithAWarning()
    {
        _fake.Reply(200, """{"choices":[{"message":{"content":"I cannot do that."}}]}""");

        var job = await _h.SubmitAsync("transformer", new JsonObject { ["text"] = "Budget Review\nThe budget was approved on 2026-05-02.", ["template"] = "Summary" });
        var done = await _h.WaitAsync(job.Id);

        Assert.Equal("offline", (string?)done.Results["template"]!["filled_by"]);
        Assert.Equal("Budget Review", (string?)done.Results["template"]!["fields"]!["title"]);
        Assert.Equal("TemplateFilledOffline", Assert.Single(done.Warnings).Code);
    }

    [Fact]
    public async Task Session_SpeechToTextConfigured_TranscriptGoesIntoTheSummary()
    {
        var clip = _h.Fixture("tone.wav");
        await new MediaJobs.Media.FFmpeg.FfmpegRunner(new MediaJobs.Media.Tools.ToolLocator(), new MediaJobs.Media.Processes.ProcessRunner()).RunAsync(
            ["-v", "error", "-f", "lavfi", "-i", "sine=duration=1", clip], null, CancellationToken.None);
        _fake.Reply(200, """{"text":"Welcome to the session about pipelines."}""");
        _fake.Reply(200, """{"choices":[{"message":{"content":"{\"summary\":\"A talk.\"}"}}]}""");

        var job = await _h.SubmitAsync("session", new JsonObject { ["title"] = "Talk", ["media"] = new JsonArray(clip), ["language"] = "en" });
        var done = await _h.WaitAsync(job.Id);

        Assert.Equal("/v1/audio/transcriptions", _fake.Requests[0].Path);
        Assert.Equal("Bearer stt-test-key", _fake.Requests[0].Authorization);
        Assert.Contains("name=model", (string?)_fake.Requests[0].Body["raw"]);
        Assert.Contains("whisper-1", (string?)_fake.Requests[0].Body["raw"]);
        Assert.Equal("Welcome to the session about pipelines.", (string?)done.Results["media"]![0]!["transcript"]);
        Assert.Contains("## Transcript", (string?)done.Results["text"]);
        Assert.Contains("Welcome to the session about pipelines.", (string?)done.Results["text"]);
        Assert.Empty(done.Warnings);
    }
}
