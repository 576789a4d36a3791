using System.Net.Http.Headers;
using System.Net.Mime;
using System.Text;
using System.Text.Json.Nodes;
using MediaJobs.Pipelines.Common.Providers;

namespace MediaJobs.Pipelines.Video.Providers;

/// <summary>
/// An OpenAI-compatible voice: <c>POST {BaseUrl}/audio/speech</c> with <c>{model, voice, input, speed, response_format: "wav"}</c>,
/// one call per sentence. Pitch is not part of this API and is ignored.
/// </summary>
internal sealed class OpenAiSpeechSynthesizer(HttpClient http, TtsProviderOptions options, TimeProvider? time = null) : ISpeechSynthesizer
{
    public const string Provider = "OpenAI-TTS";

    public string Name => $"openai ({options.Voice})";

    public string Identity => $"openai-tts|{options.BaseUrl}|{options.Model}|{options.Voice}";

    public string? VoiceWarning(string language, string? voiceName) =>
        voiceName is null ? null : $"The OpenAI-compatible voice '{options.Voice}' (MediaJobs:Providers:Tts:Voice) speaks instead of '{voiceName}'.";

    public async Task SynthesizeAsync(SpeechRequest request, string outputPath, string? logPath, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var body = BuildBody(request);
        using var message = new HttpRequestMessage(HttpMethod.Post, ProviderHttp.Combine(options.BaseUrl, "audio/speech"))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, MediaTypeNames.Application.Json),
        };
        if (!string.IsNullOrWhiteSpace(options.ApiKey))
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ApiKey);
        }
        if (logPath is not null)
        {
            await File.WriteAllTextAsync(logPath, $"POST {message.RequestUri}\n{body.ToJsonString()}\n", ct);
        }
        using var response = await ProviderHttp.SendAsync(http, message, Provider, $"MediaJobs:Providers:Tts:ApiKey or {EnvironmentKeys.OpenAiKey}", time ?? TimeProvider.System, ct);
        await SpeechAudio.WriteWavAsync(response, outputPath, Provider, ct);
    }

    public JsonObject BuildBody(SpeechRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new JsonObject
        {
            ["model"] = options.Model,
            ["voice"] = options.Voice,
            ["input"] = request.Text,
            ["speed"] = Math.Round(Math.Clamp(request.Speed, 0.25, 4.0), 3),
            ["response_format"] = "wav",
        };
    }
}
