namespace MediaJobs.Pipelines.Video;

/// <summary><c>planSpec.pacing</c>: speaking speed and pause length.</summary>
public enum Pacing
{
    Chill,
    Conversational,
    Fast,
}
