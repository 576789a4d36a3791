using System.Text.Json.Nodes;
using MediaJobs.Pipelines.Common.Providers;

namespace MediaJobs.Pipelines.Documents.Cloud;

/// <summary>
/// <c>openai_vision</c>: each rendered page image is sent to an OpenAI-compatible vision model, which transcribes it.
/// The key comes from <c>MediaJobs:Documents:Vision:ApiKey</c> or <c>OPENAI_API_KEY</c>.
/// </summary>
internal sealed class OpenAiVisionClient(ChatCompletionClient chat, DocumentsOptions options)
{
    public const string KeyVariable = "OPENAI_API_KEY";
    public const string Provider = "openai";
    public const string Instruction = "Transcribe all text on this page exactly, in reading order, as Markdown. Answer with the text only.";

    public string RequireKey() => options.Vision.ResolveKey(KeyVariable)
        ?? throw CloudErrors.MissingKeyException(KeyVariable, "MediaJobs:Documents:Vision:ApiKey", "The vision model (extraction_method openai_vision)",
            "use an offline extraction_method (native, ocr or combined)");

    /// <summary>The messages for one page image (pure).</summary>
    public static JsonArray BuildMessages(byte[] png) =>
    [
        new JsonObject
        {
            ["role"] = "user",
            ["content"] = new JsonArray
            {
                new JsonObject { ["type"] = "text", ["text"] = Instruction },
                new JsonObject { ["type"] = "image_url", ["image_url"] = new JsonObject { ["url"] = "data:image/png;base64," + Convert.ToBase64String(png) } },
            },
        },
    ];

    public async Task<string> ReadPageAsync(string pngPath, CancellationToken ct)
    {
        var key = RequireKey();
        return await chat.CompleteAsync(options.Vision, key, BuildMessages(await File.ReadAllBytesAsync(pngPath, ct)), jsonObject: false, Provider, $"MediaJobs:Documents:Vision:ApiKey or {KeyVariable}", ct);
    }
}
