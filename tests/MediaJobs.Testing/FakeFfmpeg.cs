namespace MediaJobs.Testing;

/// <summary>
/// The fake ffmpeg (tests/MediaJobs.FakeTool) for control-flow tests that need no real encode. A test project gets it
/// with a <c>ProjectReference</c> to MediaJobs.FakeTool (<c>ReferenceOutputAssembly="false"</c>); point
/// <c>MediaToolsOptions.FfmpegPath</c> at <see cref="Path"/>, or at <see cref="Wrapper"/> to give a pipeline's
/// ffmpeg calls the fake's own settings.
/// </summary>
public static class FakeFfmpeg
{
    /// <summary>The fake's executable, built next to the test assembly.</summary>
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "fake-ffmpeg");

    /// <summary>
    /// Writes an executable script into <paramref name="folder"/> that runs the fake with <paramref name="fakeArguments"/>
    /// (<c>--fake-duration 600</c>, <c>--fake-stall-at 1</c>, ...) before the caller's arguments; <c>exec</c> keeps one process.
    /// </summary>
    public static string Wrapper(string folder, params string[] fakeArguments)
    {
        ArgumentNullException.ThrowIfNull(fakeArguments);
        var script = System.IO.Path.Combine(folder, "ffmpeg-" + Guid.NewGuid().ToString("N")[..8]);
        var quoted = string.Join(' ', fakeArguments.Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        File.WriteAllText(script, $"#!/bin/sh\nexec '{Path}' {quoted} \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return script;
    }
}
