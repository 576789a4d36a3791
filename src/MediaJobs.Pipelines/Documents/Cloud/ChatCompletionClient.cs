using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;

namespace MediaJobs.Pipelines.Documents.Cloud;

/// <summary>An OpenAI-compatible <c>POST {BaseUrl}/chat/completions</c> (OpenAI itself or a local server with the same API).</summary>
public sealed class ChatCompletionClient(HttpClient http)
{
    /// <summary>The request body (pure).</summary>
    public static JsonObject BuildRequest(string model, JsonArray messages, bool jsonObject)
    {
        var body = new JsonObject { ["model"] = model, ["messages"] = messages, ["temperature"] = 0 };
        if (jsonObject)
        {
            body["response_format"] = new JsonObject { ["type"] = "json_object" };
        }
        return body;
    }

    /// <summary>The first choice's message content.</summary>
    public async Task<string> CompleteAsync(CloudEndpointOptions endpoint, string apiKey, JsonArray messages, bool jsonObject, string provider, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var body = BuildRequest(endpoint.Model ?? "gpt-4o-mini", messages, jsonObject);
        var response = await CloudHttp.PostJsonAsync(http, endpoint.Endpoint("chat/completions"), apiKey, body, provider, ct);
        return (string?)response["choices"]?[0]?["message"]?["content"]
            ?? throw new MediaJobsException(CloudErrors.Failed(provider, $"{provider} answered without choices[0].message.content."));
    }
}
