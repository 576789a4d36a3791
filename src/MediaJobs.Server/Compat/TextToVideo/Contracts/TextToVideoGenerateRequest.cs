using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Server.Errors;

namespace MediaJobs.Server.Compat.TextToVideo.Contracts;

/// <summary>Body of seed 004's <c>POST /api/v1/generate</c>.</summary>
/// <param name="Text">The text to narrate; missing or blank is a 400 "No text provided in request body".</param>
internal sealed record TextToVideoGenerateRequest(string Text) : ICompatRequest<TextToVideoGenerateRequest>
{
    public static TextToVideoGenerateRequest Read(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body["text"] is JsonValue text && text.GetValueKind() == JsonValueKind.String && !string.IsNullOrWhiteSpace(text.GetValue<string>())
            ? new TextToVideoGenerateRequest(text.GetValue<string>())
            : throw RequestProblemException.BadField("text", "No text provided in request body");
    }
}
