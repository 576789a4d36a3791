using System.Text;
using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Pipelines.Common.Providers;

namespace MediaJobs.Pipelines.Video.Providers;

/// <summary>
/// Writes the script with an OpenAI-compatible chat completions endpoint (<c>POST {BaseUrl}/chat/completions</c>),
/// asking for JSON <c>{"title", "scenes": [{"heading", "sentences": [...]}]}</c>. The answer is validated
/// (<see cref="LlmScriptParser"/>); an invalid one is asked for again (<see cref="Attempts"/> in all), then the
/// <paramref name="fallback"/> writes the script and the job gets a <c>ScriptFallback</c> warning. HTTP errors
/// follow <see cref="ProviderHttp"/> (429/5xx transient, 401/403 <c>ProviderAuthFailed:LLM</c>).
/// </summary>
public sealed class OpenAiScriptWriter(HttpClient http, ProviderEndpointOptions options, IScriptWriter fallback, TimeProvider? time = null) : IScriptWriter
{
    public const int Attempts = 3;
    private const string Provider = "LLM";

    public string Name => "llm";

    /// <summary>The model writes any language.</summary>
    public string? CannotWrite(VideoRequest request) => null;

    public async Task<VideoScript> WriteAsync(VideoRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = new List<string>();
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var content = await AskAsync(request, problems.LastOrDefault(), ct);
            if (LlmScriptParser.TryParse(content, request, Name, out var script, out var problem))
            {
                return script;
            }
            problems.Add(problem);
        }
        var warning = new JobError("ScriptFallback",
            $"The language model's script was invalid {Attempts} times ({problems[^1]}); the offline {fallback.Name} writer wrote it instead.",
            $"Check MediaJobs:Providers:Llm:Model ('{options.Model}'): it must follow JSON instructions.");
        if (fallback.CannotWrite(request) is { } reason)
        {
            throw new MediaJobsException(warning with
            {
                Code = "ScriptInvalid:LLM",
                Message = $"The language model's script was invalid {Attempts} times ({problems[^1]}) and the offline writer cannot stand in: {reason}",
            });
        }
        var written = await fallback.WriteAsync(request, ct);
        return written with { Warnings = [.. written.Warnings, warning] };
    }

    private async Task<string> AskAsync(VideoRequest request, string? previousProblem, CancellationToken ct)
    {
        var chat = new ChatCompletionClient(http, time);
        try
        {
            return await chat.CompleteAsync(options.Endpoint("chat/completions"), options.ApiKey, BuildBody(request, previousProblem),
                Provider, $"MediaJobs:Providers:Llm:ApiKey or {EnvironmentKeys.OpenAiKey}", ct) ?? "";
        }
        catch (ProviderAnswerException)
        {
            return ""; // Not JSON at all: counted as an invalid script and asked again.
        }
    }

    /// <summary>The chat request: the model, a system message with the JSON contract and a user message with the brief.</summary>
    public JsonObject BuildBody(VideoRequest request, string? previousProblem)
    {
        ArgumentNullException.ThrowIfNull(request);
        var words = TemplateScriptWriter.WordBudget(request);
        var scenes = Math.Max(1, (int)Math.Round(words / 12.0 / ScriptText.SentencesPerScene(request.Density)));
        var system = $"""
            You write narration scripts for short videos. Answer with JSON only, no prose, exactly this shape:
            {"{"}"title": string, "scenes": [{"{"}"heading": string, "sentences": [string, ...]{"}"}, ...]{"}"}
            About {words} words in all, about {scenes} scenes of {ScriptText.SentencesPerScene(request.Density)} sentences.
            Each sentence is spoken aloud: plain text, no markup, at most {LlmScriptParser.MaxSentenceChars} characters. Language: {request.Language}.
            """;
        var user = new StringBuilder();
        user.Append("Topic: ").Append(request.Topic ?? request.Title).Append('\n');
        Append(user, "Audience", request.Audience);
        Append(user, "Goal", request.Goal);
        Append(user, "Tone", request.Tone);
        Append(user, "Style", request.Style);
        Append(user, "Pacing", request.Pacing.ToString());
        Append(user, "Title", request.Title);
        if (previousProblem is not null)
        {
            user.Append("Your previous answer was not valid: ").Append(previousProblem).Append(". Answer with the JSON shape only.\n");
        }
        var messages = new JsonArray(
            new JsonObject { ["role"] = "system", ["content"] = system },
            new JsonObject { ["role"] = "user", ["content"] = user.ToString() });
        return ChatCompletionClient.BuildRequest(options.Model, messages, jsonObject: true, temperature: 0.7);
    }

    private static void Append(StringBuilder text, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Append(label).Append(": ").Append(value).Append('\n');
        }
    }
}
