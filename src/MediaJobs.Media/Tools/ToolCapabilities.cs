namespace MediaJobs.Media.Tools;

/// <summary>What the installed tools can do. Immutable; cache it for the life of the process.</summary>
public sealed record ToolCapabilities(
    IReadOnlyList<ToolStatus> Tools,
    IReadOnlySet<string> Encoders,
    IReadOnlySet<string> Filters)
{
    /// <summary>First line of <c>ffmpeg -version</c>, e.g. <c>ffmpeg version 5.1.9-0+deb12u1 ...</c>; null when missing.</summary>
    public string? FfmpegVersion => Get(MediaTool.Ffmpeg)?.Version;

    /// <summary>Exact encoder name, e.g. <c>libx264</c>, <c>libsvtav1</c>.</summary>
    public bool HasEncoder(string name) => Encoders.Contains(name);

    /// <summary>Exact filter name, e.g. <c>libvmaf</c> (not <c>vmafmotion</c>).</summary>
    public bool HasFilter(string name) => Filters.Contains(name);

    public ToolStatus? Get(MediaTool tool) => Tools.FirstOrDefault(t => t.Tool == tool);

    public bool IsAvailable(MediaTool tool) => Get(tool)?.IsAvailable ?? false;
}
