using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaJobs.Pipelines.Video.Providers;

/// <summary>Validates a language model's script JSON (shape and sizes) and turns it into a <see cref="VideoScript"/>. Pure.</summary>
internal static class LlmScriptParser
{
    public const int MaxScenes = 40;
    public const int MaxSentencesPerScene = 12;
    public const int MaxSentenceChars = 400;

    public static bool TryParse(string content, VideoRequest request, string source, [NotNullWhen(true)] out VideoScript? script, out string problem)
    {
        ArgumentNullException.ThrowIfNull(request);
        script = null;
        problem = "";
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(StripFence(content ?? ""));
        }
        catch (JsonException ex)
        {
            problem = $"not JSON ({ex.Message})";
            return false;
        }
        if (root is not JsonObject obj || obj["scenes"] is not JsonArray scenes)
        {
            problem = "no 'scenes' array";
            return false;
        }
        if (scenes.Count is 0 or > MaxScenes)
        {
            problem = $"'scenes' must hold 1 to {MaxScenes} scenes, not {scenes.Count}";
            return false;
        }
        var result = new List<ScriptScene>();
        var words = 0;
        foreach (var node in scenes)
        {
            if (node is not JsonObject scene || scene["sentences"] is not JsonArray sentences || sentences.Count is 0 or > MaxSentencesPerScene)
            {
                problem = $"scene {result.Count + 1} must have 1 to {MaxSentencesPerScene} 'sentences'";
                return false;
            }
            var texts = new List<string>();
            foreach (var sentence in sentences)
            {
                var text = Text(sentence);
                if (text is null || text.Length > MaxSentenceChars)
                {
                    problem = $"scene {result.Count + 1} has a sentence that is empty, not a string, or longer than {MaxSentenceChars} characters";
                    return false;
                }
                words += text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                texts.Add(text);
            }
            var heading = Text(scene["heading"]) ?? ScriptText.Heading(texts[0]);
            result.Add(new ScriptScene(result.Count, heading.Length > 120 ? heading[..120] : heading, texts));
        }
        var budget = TemplateScriptWriter.WordBudget(request);
        if (words > (budget * 3) + 30)
        {
            problem = $"{words} words is far over the {budget}-word budget";
            return false;
        }
        var title = Text(obj["title"]) ?? request.Title ?? result[0].Heading;
        script = new VideoScript(title.Length > 200 ? title[..200] : title, request.Language, source, result);
        return true;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Trim() is { Length: > 0 } text
            ? text.ReplaceLineEndings(" ")
            : null;

    /// <summary>Models often wrap JSON in a Markdown code fence.</summary>
    private static string StripFence(string content)
    {
        var text = content.Trim();
        if (!text.StartsWith("```", StringComparison.Ordinal))
        {
            return text;
        }
        var firstLine = text.IndexOf('\n', StringComparison.Ordinal);
        var end = text.LastIndexOf("```", StringComparison.Ordinal);
        return firstLine > 0 && end > firstLine ? text[(firstLine + 1)..end] : text;
    }
}
