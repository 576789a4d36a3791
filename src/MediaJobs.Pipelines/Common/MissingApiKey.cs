using MediaJobs.Core.Jobs;

namespace MediaJobs.Pipelines.Common;

/// <summary>
/// Seed 000's <c>MissingApiKey:&lt;NAME&gt;</c> error, for every provider that needs a key (speech, b-roll, OCR,
/// vision, transcription, LLM templates): which key, what needs it, and how to provide it or what to use instead.
/// </summary>
internal static class MissingApiKey
{
    public static JobError Error(string name, string neededBy, string remediation) =>
        new($"MissingApiKey:{name}", $"Required API key '{name}' is not configured: {neededBy} needs it.", remediation);
}
