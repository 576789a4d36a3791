using System.Net.Http.Headers;
using MediaJobs.Pipelines.Common.Providers;

namespace MediaJobs.Pipelines.Documents.Cloud;

/// <summary>
/// An OpenAI-compatible <c>POST {BaseUrl}/audio/transcriptions</c> (multipart: <c>file</c>, <c>model</c>, <c>language</c>)
/// for session media. Configured by <c>MediaJobs:Documents:SpeechToText</c> (key also from <c>SPEECH_TO_TEXT_API_KEY</c>).
/// </summary>
public sealed class TranscriptionClient(HttpClient http, DocumentsOptions options)
{
    public const string KeyVariable = "SPEECH_TO_TEXT_API_KEY";
    public const string Provider = "speech-to-text";

    public bool IsConfigured => options.SpeechToText.ResolveKey(KeyVariable) is not null;

    /// <summary>Which transcriber would run (endpoint and model), or <c>none</c>: part of a session's cache key.</summary>
    public string Identity => IsConfigured ? $"{options.SpeechToText.BaseUrl}|{options.SpeechToText.Model}" : "none";

    public async Task<string> TranscribeAsync(string path, string language, CancellationToken ct, string? fileName = null)
    {
        var key = options.SpeechToText.ResolveKey(KeyVariable)
            ?? throw CloudErrors.MissingKeyException(KeyVariable, "MediaJobs:Documents:SpeechToText:ApiKey", "Transcription", "leave transcription off");
        var endpoint = options.SpeechToText.Endpoint("audio/transcriptions");
        await using var file = File.OpenRead(path);
        using var form = new MultipartFormDataContent
        {
            { new StreamContent(file), "file", Path.GetFileName(fileName ?? path) },
            { new StringContent(options.SpeechToText.Model), "model" },
            { new StringContent(language.Length >= 2 ? language[..2] : language), "language" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await ProviderHttp.SendAsync(http, request, Provider, $"MediaJobs:Documents:SpeechToText:ApiKey or {KeyVariable}", TimeProvider.System, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        return (string?)System.Text.Json.Nodes.JsonNode.Parse(body)?["text"] ?? "";
    }
}
