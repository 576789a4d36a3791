namespace MediaJobs.Pipelines.Transcode;

/// <summary>The ffmpeg arguments of one encode, the source streams it keeps, and those it has to drop (with why).</summary>
internal sealed record EncodePlan(IReadOnlyList<string> Arguments, IReadOnlyList<int> KeptStreams, IReadOnlyList<string> Dropped);
