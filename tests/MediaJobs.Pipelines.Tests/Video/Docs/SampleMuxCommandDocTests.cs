namespace MediaJobs.Pipelines.Tests.Video.Docs;

/// <summary>
/// docs/video-sample-mux-command.txt is the sample's mux command as the real builders make it today, so it cannot drift:
/// run with <c>MEDIAJOBS_WRITE_DOCS=1</c> to rewrite the file after a change to the mux pass.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class SampleMuxCommandDocTests
{
    [Fact]
    public async Task TheDocumentedSampleMuxCommand_IsTheOneTheCodeBuildsToday()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "video-sample-mux-command.txt");
        var expected = SampleMuxCommand.Document();
        if (Environment.GetEnvironmentVariable("MEDIAJOBS_WRITE_DOCS") == "1")
        {
            await File.WriteAllTextAsync(path, expected);
        }

        Assert.Equal(expected, await File.ReadAllTextAsync(path));
    }

    [Fact]
    public void TheSampleMuxCommand_Is1080pX264WithTheLibraryClipsAndBurnedCaptions()
    {
        var command = SampleMuxCommand.Arguments();

        var line = string.Join(' ', command);
        Assert.Contains("crop=1920:1080", line, StringComparison.Ordinal);
        Assert.Contains("ass=filename=burn.ass[vout]", line, StringComparison.Ordinal);
        // Cross-fades only: xfade's dissolve is per-pixel noise that doubled the file and slowed the encode.
        Assert.Contains("xfade=transition=fade", line, StringComparison.Ordinal);
        Assert.DoesNotContain("dissolve", line, StringComparison.Ordinal);
        Assert.Equal("libx264", command[command.ToList().IndexOf("-c:v") + 1]);
        Assert.Equal(6, command.Count(a => a.EndsWith(".mp4", StringComparison.Ordinal) && a.Contains("/assets/video/clip-", StringComparison.Ordinal)));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MediaJobs.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new DirectoryNotFoundException("MediaJobs.slnx not found above " + AppContext.BaseDirectory);
    }
}
