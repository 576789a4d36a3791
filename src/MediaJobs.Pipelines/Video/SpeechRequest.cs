namespace MediaJobs.Pipelines.Video;

/// <summary>One sentence to speak. <paramref name="Speed"/> and <paramref name="Pitch"/> are multipliers (1.0 = normal).</summary>
public sealed record SpeechRequest(string Text, string Language, string? VoiceName, double Speed, double Pitch)
{
    /// <summary>Pause multiplier (1.0 = normal): voices that can lengthen pauses inside the sentence use it.</summary>
    public double Pause { get; init; } = 1.0;
}
