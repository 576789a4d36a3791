namespace MediaJobs.Pipelines.Video.Captions;

/// <summary>Where burned captions sit vertically (<c>inputs.captions.position</c>), inside the aspect's safe margins.</summary>
public enum CaptionPosition
{
    Bottom,
    Center,
    Top,
}
