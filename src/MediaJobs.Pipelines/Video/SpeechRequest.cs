namespace MediaJobs.Pipelines.Video;

/// <summary>One sentence to speak. <paramref name="Speed"/> and <paramref name="Pitch"/> are multipliers (1.0 = normal).</summary>
public sealed record SpeechRequest(string Text, string Language, string? VoiceName, double Speed, double Pitch);
