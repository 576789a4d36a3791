namespace MediaJobs.Pipelines.Video.Providers;

/// <summary>One downloadable rendition of a Pexels video.</summary>
internal sealed record PexelsVideoFile(long VideoId, long FileId, int Width, int Height, string FileType, Uri Link);
