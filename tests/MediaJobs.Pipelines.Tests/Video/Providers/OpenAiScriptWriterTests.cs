using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Pipelines.Common.Providers;
using MediaJobs.Pipelines.Video;
using MediaJobs.Pipelines.Video.Providers;

namespace MediaJobs.Pipelines.Tests.Video.Providers;

/// <summary>The LLM script writer against a fake OpenAI-compatible chat completions server.</summary>
[Trait("Tier", "Fast")]
public sealed class OpenAiScriptWriterTests : IAsyncLifetime
{
    private const string ValidScript = """
        {"title": "Tea Time", "scenes": [
          {"heading": "Why tea", "sentences": ["Tea is older than most empires.", "It calms & focuses <the> mind."]},
          {"heading": "Brewing", "sentences": ["Use water just off the boil.", "Wait three minutes, then enjoy."]}
        ]}
        """;

    private FakeHttpServer _server = null!;
    private readonly HttpClient _http = new();

    public async Task InitializeAsync() => _server = await FakeHttpServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    private OpenAiScriptWriter Writer() => new(_http, new ProviderEndpointOptions { BaseUrl = _server.Url("v1"), ApiKey = "sk-test", Model = "test-model" }, new TemplateScriptWriter());

    private static VideoRequest Request => new() { Preset = VideoPipeline.DefaultPreset, Topic = "tea", TargetDuration = TimeSpan.FromSeconds(15) };

    private static FakeResponse Completion(string content) =>
        FakeResponse.Json(new JsonObject { ["choices"] = new JsonArray(new JsonObject { ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content } }) }.ToJsonString());

    [Fact]
    public async Task ValidJson_IsTheScript_AndTheRequestCarriesModelMessagesAndBearerKey()
    {
        _server.Handler = _ => Completion(ValidScript);

        var script = await Writer().WriteAsync(Request, CancellationToken.None);

        Assert.Equal("llm", script.Source);
        Assert.Equal("Tea Time", script.Title);
        Assert.Equal(["Why tea", "Brewing"], script.Scenes.Select(s => s.Heading));
        Assert.Equal("It calms & focuses <the> mind.", script.Scenes[0].Sentences[1]);
        Assert.Empty(script.Warnings);
        var request = Assert.Single(_server.Requests);
        Assert.Equal(("POST", "/v1/chat/completions"), (request.Method, request.Path));
        Assert.Equal("Bearer sk-test", request.Header("Authorization"));
        var body = JsonNode.Parse(request.BodyText)!;
        Assert.Equal("test-model", (string?)body["model"]);
        var messages = body["messages"]!.AsArray();
        Assert.Equal(["system", "user"], messages.Select(m => (string?)m!["role"]));
        Assert.Contains("tea", (string?)messages[1]!["content"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidJsonOnce_IsAskedAgain_AndTheValidAnswerIsUsed()
    {
        var calls = 0;
        _server.Handler = _ => Interlocked.Increment(ref calls) == 1 ? Completion("Sure! Here is your script: scenes...") : Completion("```json\n" + ValidScript + "\n```");

        var script = await Writer().WriteAsync(Request, CancellationToken.None);

        Assert.Equal("llm", script.Source);
        Assert.Empty(script.Warnings);
        Assert.Equal(2, _server.Requests.Count);
        Assert.Contains("not valid", _server.Requests[1].BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidJsonEveryTime_FallsBackToTheTemplateWriterWithAScriptFallbackWarning()
    {
        _server.Handler = _ => Completion("""{"scenes": [{"heading": "x", "sentences": []}]}""");

        var script = await Writer().WriteAsync(Request, CancellationToken.None);

        Assert.Equal(OpenAiScriptWriter.Attempts, _server.Requests.Count);
        Assert.Equal("template", script.Source);
        Assert.Equal(TemplateScriptWriter.Write(Request).Scenes.SelectMany(s => s.Sentences), script.Scenes.SelectMany(s => s.Sentences));
        var warning = Assert.Single(script.Warnings);
        Assert.Equal("ScriptFallback", warning.Code);
        Assert.False(string.IsNullOrWhiteSpace(warning.Remediation));
    }

    [Fact]
    public async Task TooManyRequests_IsTransientWithTheProvidersRetryAfter()
    {
        _server.Handler = _ => FakeResponse.Error(429, headers: new Dictionary<string, string> { ["Retry-After"] = "7" });

        var ex = await Assert.ThrowsAsync<TransientJobException>(() => Writer().WriteAsync(Request, CancellationToken.None));

        Assert.Equal("ProviderBusy:LLM", ex.Error.Code);
        Assert.Equal(TimeSpan.FromSeconds(7), ex.RetryAfter);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task ServerError_IsTransient()
    {
        _server.Handler = _ => FakeResponse.Error(503);

        var ex = await Assert.ThrowsAsync<TransientJobException>(() => Writer().WriteAsync(Request, CancellationToken.None));

        Assert.Null(ex.RetryAfter);
    }

    [Fact]
    public async Task Unauthorized_FailsWithProviderAuthFailedAndRemediation()
    {
        _server.Handler = _ => FakeResponse.Error(401);

        var ex = await Assert.ThrowsAsync<MediaJobsException>(() => Writer().WriteAsync(Request, CancellationToken.None));

        Assert.IsNotType<TransientJobException>(ex);
        Assert.Equal("ProviderAuthFailed:LLM", ex.Error.Code);
        Assert.Contains("OPENAI_API_KEY", ex.Error.Remediation, StringComparison.Ordinal);
    }
}
