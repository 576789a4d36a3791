using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Pipelines.Common.Providers;

namespace MediaJobs.Pipelines.Documents.Cloud;

/// <summary>A chat completion as the document models ask for it: their endpoint options, temperature 0, an answer required.</summary>
internal static class DocumentChat
{
    public static async Task<string> CompleteAsync(this ChatCompletionClient chat, ProviderEndpointOptions endpoint, string apiKey, JsonArray messages, bool jsonObject,
        string provider, string keySetting, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(endpoint);
        var body = ChatCompletionClient.BuildRequest(endpoint.Model, messages, jsonObject);
        return await chat.CompleteAsync(endpoint.Endpoint("chat/completions"), apiKey, body, provider, keySetting, ct)
            ?? throw new MediaJobsException(CloudErrors.Failed(provider, $"{provider} answered without choices[0].message.content."));
    }
}
