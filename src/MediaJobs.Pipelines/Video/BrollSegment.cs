namespace MediaJobs.Pipelines.Video;

/// <summary>
/// One shot of the b-roll track: <see cref="ClipPath"/> shown from <see cref="StartSec"/> to <see cref="EndSec"/>
/// of the final timeline, with a slow <see cref="Motion"/>, entering by <see cref="TransitionIn"/>
/// (an xfade of <see cref="TransitionSec"/> centred on <see cref="StartSec"/>; none for the first shot).
/// </summary>
internal sealed record BrollSegment(int Scene, string ClipPath, double StartSec, double EndSec, string Motion, string? TransitionIn, double TransitionSec)
{
    public double DurationSec => EndSec - StartSec;
}
