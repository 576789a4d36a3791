namespace MediaJobs.Pipelines.Transcode;

/// <summary>The named counters transcode jobs add to when they succeed (totals per owner, lifetime and session).</summary>
public static class TranscodeCounters
{
    /// <summary>Original size minus replacement size.</summary>
    public const string BytesSaved = "bytes_saved";
}
