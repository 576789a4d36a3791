namespace MediaJobs.Pipelines.Video;

/// <summary>Which files can be b-roll: video clips and stills, by extension.</summary>
internal static class BrollFileKinds
{
    public static readonly IReadOnlySet<string> VideoExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".mp4", ".m4v", ".mov", ".mkv", ".webm" };
    public static readonly IReadOnlySet<string> StillExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".png", ".webp", ".bmp" };

    public static bool IsStill(string path) => StillExtensions.Contains(Path.GetExtension(path));

    public static bool IsVideo(string path) => VideoExtensions.Contains(Path.GetExtension(path));
}
