namespace MediaJobs.Pipelines.Video.Captions;

/// <summary>Horizontal placement of burned captions (<c>inputs.captions.align</c>).</summary>
public enum CaptionAlign
{
    Center,
    Left,
    Right,
}
