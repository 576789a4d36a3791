namespace MediaJobs.Pipelines.Video;

/// <summary>Configuration section <c>MediaJobs:Video</c>.</summary>
public sealed class VideoLibraryOptions
{
    public const string SectionName = "MediaJobs:Video";

    /// <summary>
    /// Render the offline clip library in the background when the server starts (once per data folder), so a user's
    /// first video job does not pay for it; false leaves it to the first job that needs it (test servers).
    /// </summary>
    public bool PrepareLibraryAtStart { get; set; } = true;
}
