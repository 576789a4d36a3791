using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Server.Errors;

namespace MediaJobs.Server.Compat.ShrinkRay.Contracts;

/// <summary>Body of seed 002's <c>POST /api/jobs</c>.</summary>
/// <param name="Paths">Files or folders under a configured media root (folders are walked for video files).</param>
/// <param name="PresetId">compress-hevc, compress-av1, smartshrink-hevc, smartshrink-av1, 1080p or 720p.</param>
/// <param name="SmartshrinkQuality">acceptable, good or excellent; required for the SmartShrink presets.</param>
/// <param name="KeepOriginal">Keep the source as name.original.ext (default false).</param>
internal sealed record ShrinkRayCreateRequest(
    IReadOnlyList<string> Paths,
    [property: JsonPropertyName("preset_id")] string PresetId,
    [property: JsonPropertyName("smartshrink_quality")] string? SmartshrinkQuality = null,
    [property: JsonPropertyName("keep_original")] bool? KeepOriginal = null)
    : ICompatRequest<ShrinkRayCreateRequest>
{
    /// <summary>
    /// The discovery job's input: the paths, quality and keep_original as sent (the engine checks them, and its
    /// errors name them), except the empty quality the real UI sends for every non-SmartShrink preset: absent,
    /// as its server reads it.
    /// </summary>
    [JsonIgnore]
    public JsonObject JobInput { get; private init; } = [];

    public static ShrinkRayCreateRequest Read(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body["paths"] is not JsonArray { Count: > 0 } paths)
        {
            throw RequestProblemException.BadField("paths", "paths is required: a non-empty array of file or directory paths");
        }
        if (body["preset_id"] is not JsonValue presetValue || presetValue.GetValueKind() != JsonValueKind.String
            || !TranscodePreset.Ids.Contains(presetValue.GetValue<string>()))
        {
            throw RequestProblemException.BadField("preset_id", $"preset_id is required: one of {string.Join(", ", TranscodePreset.Ids)}");
        }
        var input = new JsonObject { [DiscoveryRequest.PathsField] = paths.DeepClone() };
        foreach (var field in new[] { TranscodeRequest.QualityField, TranscodeRequest.KeepOriginalField })
        {
            if (body[field] is { } value && !(value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Length == 0))
            {
                input[field] = value.DeepClone();
            }
        }
        return new ShrinkRayCreateRequest(
            [.. paths.OfType<JsonValue>().Where(p => p.GetValueKind() == JsonValueKind.String).Select(p => p.GetValue<string>())],
            presetValue.GetValue<string>(),
            input[TranscodeRequest.QualityField] is JsonValue q && q.GetValueKind() == JsonValueKind.String ? q.GetValue<string>() : null,
            input[TranscodeRequest.KeepOriginalField]?.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? input[TranscodeRequest.KeepOriginalField]!.GetValue<bool>() : null)
        {
            JobInput = input,
        };
    }
}
