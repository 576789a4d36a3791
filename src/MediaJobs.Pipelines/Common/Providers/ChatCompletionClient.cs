using System.Text.Json.Nodes;

namespace MediaJobs.Pipelines.Common.Providers;

/// <summary>
/// An OpenAI-compatible <c>POST {BaseUrl}/chat/completions</c> (OpenAI itself or a local server with the same API), for
/// the video script writer and the document models alike, through <see cref="ProviderHttp"/>'s error policy.
/// </summary>
public sealed class ChatCompletionClient(HttpClient http, TimeProvider? time = null)
{
    /// <summary>The request body (pure).</summary>
    public static JsonObject BuildRequest(string model, JsonArray messages, bool jsonObject, double temperature = 0)
    {
        var body = new JsonObject { ["model"] = model, ["messages"] = messages, ["temperature"] = temperature };
        if (jsonObject)
        {
            body["response_format"] = new JsonObject { ["type"] = "json_object" };
        }
        return body;
    }

    /// <summary>The first choice's message content; null when the answer has none.</summary>
    /// <param name="keySetting">Where the key is configured, for the remediation of a rejected key.</param>
    public async Task<string?> CompleteAsync(Uri endpoint, string? apiKey, JsonObject body, string provider, string keySetting, CancellationToken ct)
    {
        var response = await ProviderHttp.PostJsonAsync(http, endpoint, apiKey, body, provider, keySetting, time ?? TimeProvider.System, ct);
        return response["choices"]?[0]?["message"]?["content"] is JsonValue content && content.TryGetValue<string>(out var text) ? text : null;
    }
}
