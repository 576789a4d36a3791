namespace MediaJobs.Pipelines.Transcode;

/// <summary>The container a transcode writes: MP4 for the MP4 family, Matroska for everything else.</summary>
internal enum OutputContainer
{
    Matroska,
    Mp4,
}
