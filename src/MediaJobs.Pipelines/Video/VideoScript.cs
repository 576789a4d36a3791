using System.Text.Json.Serialization;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Pipelines.Video;

/// <summary>The narration, as published in <c>script.json</c>: scenes of sentences, in speaking order.</summary>
/// <param name="Source">Who wrote it: <c>text</c> (the caller), <c>sample</c>, or the writer's name.</param>
public sealed record VideoScript(string Title, string Language, string Source, IReadOnlyList<ScriptScene> Scenes)
{
    /// <summary>Every sentence in speaking order (written to <c>script.json</c> for readers; rebuilt from the scenes on reading).</summary>
    public IReadOnlyList<ScriptSentence> Sentences =>
        [.. Scenes.SelectMany(s => s.Sentences.Select(sentence => new ScriptSentence(s.Index, sentence)))];

    public int SentenceCount => Scenes.Sum(s => s.Sentences.Count);

    /// <summary>Warnings for the job from whoever wrote it (e.g. a fallback); the script step reports them. Not saved.</summary>
    [JsonIgnore]
    public IReadOnlyList<JobError> Warnings { get; init; } = [];
}
