namespace MediaJobs.Pipelines.Video;

/// <summary>One scene: a stretch of narration under one b-roll shot sequence, ending with a cross-fade.</summary>
public sealed record ScriptScene(int Index, string Heading, IReadOnlyList<string> Sentences);
