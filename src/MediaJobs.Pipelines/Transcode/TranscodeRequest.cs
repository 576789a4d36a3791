using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// One transcode job's input: <c>path</c> (one file under a media root), <c>smartshrink_quality</c>
/// (required for SmartShrink presets) and <c>keep_original</c> (keep the source as <c>name.original.ext</c>).
/// </summary>
public sealed record TranscodeRequest(string Path, TranscodePreset Preset, QualityTier? Quality, bool KeepOriginal)
{
    public const string PathField = "path";
    public const string QualityField = "smartshrink_quality";
    public const string KeepOriginalField = "keep_original";
    public const string SegmentSecondsOption = "segmentSeconds";

    /// <summary>
    /// Validates <paramref name="input"/>; the path must lie under <paramref name="roots"/> and exist as a file.
    /// Fields are named relative to the input (<c>path</c>); the surface adds its own prefix.
    /// </summary>
    public static TranscodeRequest Read(JsonObject input, string presetId, MediaRoots roots)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(roots);
        var reader = new InputReader(input);
        var preset = TranscodeCodecs.Require(TranscodePreset.Get(presetId));
        var requested = reader.Text(PathField, 4096) ?? throw JobValidationException.InInput(PathField, "is required: one video file under a media root.");
        var path = roots.Resolve(requested, PathField);
        if (!File.Exists(path))
        {
            throw JobValidationException.InInput(PathField, _ => $"'{requested}' is not a file. Submit folders as a transcode-discovery job.");
        }
        if (new FileInfo(path).LinkTarget is not null)
        {
            // The replace renames over the name it was given: over a link it would replace the link, not the video.
            throw JobValidationException.InInput(PathField, _ => $"'{requested}' is a symbolic link. Name the file it points to.");
        }
        if (TranscodePaths.IsProjectTemp(path))
        {
            throw JobValidationException.InInput(PathField, _ => $"'{requested}' is a MediaJobs temp file.");
        }
        var qualityName = reader.Text(QualityField, 32);
        var quality = QualityTier.Find(qualityName);
        if (qualityName is not null && quality is null)
        {
            throw JobValidationException.InInput(QualityField, $"must be one of: {string.Join(", ", QualityTier.Names)}.");
        }
        if (preset.SmartShrink && quality is null)
        {
            throw JobValidationException.InInput(QualityField, $"is required for preset '{preset.Id}': one of {string.Join(", ", QualityTier.Names)}.");
        }
        var keep = reader.Boolean(KeepOriginalField, false);
        input[PathField] = path; // what is stored is the resolved full path
        return new TranscodeRequest(path, preset, quality, keep);
    }

    /// <summary>
    /// <c>options.segmentSeconds</c>: encode in durable segments of about this many seconds (2 to 86400, whole or not),
    /// whatever the source's length. Checked at submission (a clear 400 for anything else); null when not asked.
    /// </summary>
    public static double? ReadSegmentSeconds(JsonObject options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options[SegmentSecondsOption] is null ? null : new InputReader(options, InputReader.Options).Number(SegmentSecondsOption, 0, 2, 86400);
    }

    /// <summary>The stored <c>options.segmentSeconds</c> of an accepted job (checked at submission).</summary>
    public static double? SegmentSecondsOf(JsonObject options) =>
        options?[SegmentSecondsOption] is JsonValue value && value.TryGetValue<double>(out var seconds) && seconds >= 2 ? seconds : null;

    /// <summary>
    /// The request of a job already accepted (no file-system checks: the source may be replaced by now). The engine
    /// reads it once per run (<see cref="TranscodePipeline.ReadRequest"/>); the clean-up reads it outside any run.
    /// </summary>
    public static TranscodeRequest Stored(Core.Jobs.Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var quality = QualityTier.Find((string?)job.Input[QualityField]);
        return new TranscodeRequest((string)job.Input[PathField]!, TranscodePreset.Get(job.Preset), quality, (bool?)job.Input[KeepOriginalField] ?? false);
    }
}
