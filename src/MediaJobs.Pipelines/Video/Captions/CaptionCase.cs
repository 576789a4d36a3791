namespace MediaJobs.Pipelines.Video.Captions;

/// <summary>Letter case of burned captions (<c>inputs.captions.case</c>); the soft tracks keep the script's case.</summary>
public enum CaptionCase
{
    AsIs,
    Upper,
    Lower,
}
