using MediaJobs.Core.Jobs;

namespace MediaJobs.Pipelines.Video;

/// <summary>The voice that speaks a job's narration, and warnings about the choice (e.g. a missing key skipped).</summary>
public sealed record SpeechChoice(ISpeechSynthesizer Synthesizer, IReadOnlyList<JobError> Warnings);
