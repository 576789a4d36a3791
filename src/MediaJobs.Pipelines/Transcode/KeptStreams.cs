namespace MediaJobs.Pipelines.Transcode;

/// <summary>How many streams of each kind an encode carried over (result <c>kept_streams</c>, <c>{video, audio, subtitle}</c>).</summary>
internal sealed record KeptStreams(int Video, int Audio, int Subtitle);
