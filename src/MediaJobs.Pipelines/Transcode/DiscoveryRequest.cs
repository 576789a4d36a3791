using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// A <c>transcode-discovery</c> job's input: <c>paths</c> (files or folders, each under a media root), plus the
/// options each found file's <c>transcode</c> job gets (<c>smartshrink_quality</c>, <c>keep_original</c>).
/// </summary>
public sealed record DiscoveryRequest(IReadOnlyList<string> Paths, TranscodePreset Preset, QualityTier? Quality, bool KeepOriginal)
{
    public const string PathsField = "paths";

    public static DiscoveryRequest Read(JsonObject input, string presetId, MediaRoots roots)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(roots);
        var preset = TranscodeCodecs.Require(TranscodePreset.Get(presetId));
        if (input[PathsField] is not JsonArray { Count: > 0 } array)
        {
            throw JobValidationException.InInput(PathsField, "must be a non-empty array of files or folders under a media root.");
        }
        var paths = new List<string>();
        for (var i = 0; i < array.Count; i++)
        {
            var field = $"{PathsField}[{i}]";
            if (array[i] is not { } node || node.GetValueKind() != JsonValueKind.String)
            {
                throw JobValidationException.InInput(field, "must be a path string.");
            }
            var full = roots.Resolve(node.GetValue<string>(), field);
            if (!File.Exists(full) && !Directory.Exists(full))
            {
                throw JobValidationException.InInput(field, _ => $"'{node.GetValue<string>()}' does not exist.");
            }
            paths.Add(full);
        }
        var reader = new InputReader(input);
        var qualityName = reader.Text(TranscodeRequest.QualityField, 32);
        var quality = QualityTier.Find(qualityName);
        if ((qualityName is not null && quality is null) || (preset.SmartShrink && quality is null))
        {
            throw JobValidationException.InInput(TranscodeRequest.QualityField, $"must be one of: {string.Join(", ", QualityTier.Names)} (required for preset '{preset.Id}').");
        }
        input[PathsField] = new JsonArray([.. paths.Select(p => (JsonNode)p)]);
        return new DiscoveryRequest(paths, preset, quality, reader.Boolean(TranscodeRequest.KeepOriginalField, false));
    }
}
