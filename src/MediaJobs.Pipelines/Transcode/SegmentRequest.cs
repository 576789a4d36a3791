using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// The input of a <c>transcode-segment</c> job, written only by its parent transcode: the source, the parent's id and
/// segment folder round (<see cref="SegmentPaths.RoundEntry"/>), the segment, and the file's one set of encoder settings.
/// </summary>
public sealed record SegmentRequest(string Path, string ParentId, string Round, VideoSegment Segment, int Count, TranscodePreset Preset, string Encoder, bool IsHardware, int Crf)
{
    private const string PathField = "path";
    private const string ParentField = "parent";
    private const string RoundField = "round";
    private const string IndexField = "index";
    private const string CountField = "count";
    private const string StartField = "startSeconds";
    private const string DurationField = "durationSeconds";
    private const string FramesField = "frames";
    private const string EncoderField = "encoder";
    private const string HardwareField = "isHardware";
    private const string CrfField = "crf";

    public VideoEncoder VideoEncoder => new(Encoder, Preset.Codec, IsHardware);

    public JsonObject ToInput() => new()
    {
        [PathField] = Path,
        [ParentField] = ParentId,
        [RoundField] = Round,
        [IndexField] = Segment.Index,
        [CountField] = Count,
        [StartField] = Segment.StartSeconds,
        [DurationField] = Segment.DurationSeconds,
        [FramesField] = Segment.Frames,
        [EncoderField] = Encoder,
        [HardwareField] = IsHardware,
        [CrfField] = Crf,
    };

    /// <summary>Reads a segment job's input; a job not written by a parent transcode is refused naming the field.</summary>
    public static SegmentRequest Read(JsonObject input, string presetId)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            var parent = (string)input[ParentField]!;
            if (!JobIds.IsWellFormed(parent))
            {
                throw JobValidationException.InInput(ParentField, "must be the id of the parent transcode.");
            }
            var segment = new VideoSegment((int)input[IndexField]!, (double)input[StartField]!, (double)input[DurationField]!, (int)input[FramesField]!);
            return new SegmentRequest((string)input[PathField]!, parent, (string)input[RoundField]!, segment, (int)input[CountField]!,
                TranscodePreset.Get(presetId), (string)input[EncoderField]!, (bool)input[HardwareField]!, (int)input[CrfField]!);
        }
        catch (Exception ex) when (ex is NullReferenceException or InvalidOperationException or FormatException or ArgumentOutOfRangeException)
        {
            throw JobValidationException.InInput(ParentField, "and the segment fields are required: a transcode-segment job is submitted by its parent transcode only.");
        }
    }
}
