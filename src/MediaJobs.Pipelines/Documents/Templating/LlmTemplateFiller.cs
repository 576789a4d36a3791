using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Pipelines.Common.Providers;
using MediaJobs.Pipelines.Documents.Cloud;

namespace MediaJobs.Pipelines.Documents.Templating;

/// <summary>
/// Asks an OpenAI-compatible chat model (<c>MediaJobs:Documents:Llm</c>) for the template's fields as one JSON object,
/// then validates the answer: strings (or lists of strings, rendered as bullets) for known fields; fields the model
/// left out are filled offline. An unusable answer throws <see cref="MediaJobsException"/> (the caller falls back).
/// </summary>
internal sealed class LlmTemplateFiller(ChatCompletionClient chat, DocumentsOptions options)
{
    public const string Provider = "llm";
    private const int MaxDocumentCharacters = 24_000;

    /// <summary>True when a chat endpoint is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Llm.BaseUrl);

    /// <summary>Who fills templates (the chat endpoint and model, or <c>offline</c>): part of a session's cache key.</summary>
    public string Identity => IsConfigured ? $"{options.Llm.BaseUrl}|{options.Llm.Model}" : "offline";

    public static JsonArray BuildMessages(DocumentTemplate template, string text)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(text);
        var fields = new StringBuilder();
        foreach (var field in template.Fields)
        {
            fields.Append("- ").Append(field.Name).Append(": ").Append(field.Description).Append('\n');
        }
        var document = text.Length <= MaxDocumentCharacters ? text : text[..MaxDocumentCharacters];
        return
        [
            new JsonObject
            {
                ["role"] = "system",
                ["content"] = "You fill document templates. Answer with exactly one JSON object whose keys are the field names "
                    + "and whose values are strings (Markdown allowed; use '- ' bullet lines for lists). Use only facts from the document.",
            },
            new JsonObject
            {
                ["role"] = "user",
                ["content"] = $"Template {template.Name}: {template.Description}\nFields:\n{fields}\nDocument:\n{document}",
            },
        ];
    }

    /// <summary>Field values from a model answer (pure). Throws when the answer is not a JSON object with at least one field.</summary>
    public static Dictionary<string, string> ParseAnswer(DocumentTemplate template, string answer)
    {
        ArgumentNullException.ThrowIfNull(template);
        JsonObject json;
        try
        {
            json = JsonNode.Parse(StripFence(answer)) as JsonObject ?? throw Unusable("the answer is not a JSON object");
        }
        catch (JsonException ex)
        {
            throw Unusable("the answer is not JSON: " + ex.Message);
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in template.Fields)
        {
            var value = json[field.Name] switch
            {
                JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
                JsonValue v => v.ToJsonString(),
                JsonArray a => OfflineTemplateFiller.Bullets(a.Select(i => i is JsonValue s && s.GetValueKind() == JsonValueKind.String ? s.GetValue<string>() : i?.ToJsonString() ?? "")),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[field.Name] = value.Trim();
            }
        }
        return values.Count > 0 ? values : throw Unusable("the answer has none of the template's fields");
    }

    public async Task<Dictionary<string, string>> FillAsync(DocumentTemplate template, string text, CancellationToken ct)
    {
        var key = options.Llm.ResolveKey("OPENAI_API_KEY") ?? "";
        var answer = await chat.CompleteAsync(options.Llm, key, BuildMessages(template, text), jsonObject: true, Provider, "MediaJobs:Documents:Llm:ApiKey or OPENAI_API_KEY", ct);
        return ParseAnswer(template, answer);
    }

    private static string StripFence(string answer)
    {
        var trimmed = answer.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            return trimmed;
        }
        var start = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var end = trimmed.LastIndexOf("```", StringComparison.Ordinal);
        return start > 0 && end > start ? trimmed[(start + 1)..end] : trimmed;
    }

    private static MediaJobsException Unusable(string why) => new(CloudErrors.Failed(Provider, "The model's template answer is unusable: " + why + "."));
}
