namespace MediaJobs.Pipelines.Video;

/// <summary>
/// One sentence of the script in speaking order, with the scene it belongs to. A record with properties (not a value
/// tuple, whose fields System.Text.Json skips) so <c>script.json</c>'s <c>sentences</c> list carries the text.
/// </summary>
public sealed record ScriptSentence(int Scene, string Sentence);
