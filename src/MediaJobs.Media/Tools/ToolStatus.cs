namespace MediaJobs.Media.Tools;

/// <summary>One external tool in the preflight report.</summary>
/// <param name="Name">Short name (<c>ffmpeg</c>, <c>espeak-ng</c>, ...).</param>
/// <param name="Path">Resolved executable, or null when missing.</param>
/// <param name="Version">First line of its version output.</param>
/// <param name="Problem">Why it is unusable (missing, failed to run), with the install hint.</param>
public sealed record ToolStatus(MediaTool Tool, string Name, string? Path, string? Version, string? Problem)
{
    public bool IsAvailable => Path is not null && Problem is null;
}
