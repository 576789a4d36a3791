namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// What a running transcode is doing, as its progress details say (<see cref="TranscodeResults.Phase"/>): the
/// SmartShrink quality search, or an encode of the whole file (also when verify or replace re-create a lost temp).
/// </summary>
public static class TranscodePhase
{
    public const string Analyzing = "analyzing";
    public const string Encoding = "encoding";
}
