using MediaJobs.Pipelines.Common;
using MediaJobs.Pipelines.Transcode;

namespace MediaJobs.Pipelines.Tests.Transcode;

[Trait("Tier", "Fast")]
public sealed class TempFileGuardTests
{
    private const string JobId = "0199a5d2-3b4c-7def-8123-456789abcdef";
    private const string OtherJobId = "0199a5d2-3b4c-7def-8123-000000000000";
    private const string Source = "/media/tv/Show.avi";

    [Theory]
    [InlineData("/media/tv/.Show.avi.mediajobs-tmp." + JobId + ".mkv")]
    [InlineData("/media/tv/.Show.avi.mediajobs-tmp." + JobId + ".mp4")]
    public void IsJobTemp_TheJobsOwnTempBesideItsSource_Passes(string path) =>
        Assert.True(TempFileGuard.IsJobTemp(path, Source, JobId));

    [Theory]
    [InlineData("/media/tv/Show.avi", Source, JobId)] // the source itself
    [InlineData("/media/tv/Show.mkv", Source, JobId)] // its replacement
    [InlineData("/media/tv/Show.original.avi", Source, JobId)] // its backup
    [InlineData("/media/other/.Show.avi.mediajobs-tmp." + JobId + ".mkv", Source, JobId)] // another folder
    [InlineData("/media/tv/sub/.Show.avi.mediajobs-tmp." + JobId + ".mkv", Source, JobId)] // a subfolder
    [InlineData("/media/tv/sub/../.Show.avi.mediajobs-tmp." + JobId + ".mkv", Source, JobId)] // not a plain path
    [InlineData("/media/tv//.Show.avi.mediajobs-tmp." + JobId + ".mkv", Source, JobId)]
    [InlineData("/media/tv/.Show.avi.mediajobs-tmp." + OtherJobId + ".mkv", Source, JobId)] // another job's temp
    [InlineData("/media/tv/.Other.avi.mediajobs-tmp." + JobId + ".mkv", Source, JobId)] // another source's temp
    [InlineData("/media/tv/Show.avi.mediajobs-tmp." + JobId + ".mkv", Source, JobId)] // not hidden
    [InlineData("/media/tv/.Show.avi.mediajobs-tmp." + JobId + ".avi", Source, JobId)] // not a temp extension
    [InlineData("/media/tv/.Show.avi.mediajobs-tmp." + JobId + ".mkv.bak", Source, JobId)]
    [InlineData("media/tv/.Show.avi.mediajobs-tmp." + JobId + ".mkv", "media/tv/Show.avi", JobId)] // relative
    [InlineData("/media/tv/.Show.avi.mediajobs-tmp.x.mkv", Source, "x")] // not a job id
    [InlineData("/media/.tv.mediajobs-tmp.../x.mkv", "/media/tv", "..")]
    [InlineData("/media/tv/..mediajobs-tmp." + JobId + ".mkv", "/media/tv/", JobId)] // a folder as source
    [InlineData("", Source, JobId)]
    public void IsJobTemp_AnythingElse_IsRefused(string path, string source, string jobId) =>
        Assert.False(TempFileGuard.IsJobTemp(path, source, jobId));

    [Fact]
    public void DeleteTemp_RemovesOnlyTheJobsOwnTemp()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mediajobs-guard-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var source = Path.Combine(folder, "movie.mp4");
            var paths = TranscodePaths.For(source, JobId);
            string[] others = [source, TranscodePaths.For(source, OtherJobId).Temp, TranscodePaths.For(Path.Combine(folder, "other.mp4"), JobId).Temp, paths.Backup];
            foreach (var file in others.Append(paths.Temp))
            {
                File.WriteAllText(file, file);
            }

            using var opened = new MediaRoots([folder]).Open(folder);
            Assert.True(paths.DeleteTemp(opened));
            Assert.False(paths.DeleteTemp(opened));

            Assert.False(File.Exists(paths.Temp));
            Assert.All(others, f => Assert.Equal(f, File.ReadAllText(f)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void DeleteTemp_WhenTheTempPathWasTamperedWith_RefusesAndKeepsTheFile()
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mediajobs-guard-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var source = Path.Combine(folder, "movie.mp4");
            File.WriteAllText(source, "the user's film");
            var tampered = TranscodePaths.For(source, JobId) with { Temp = source };

            using var opened = new MediaRoots([folder]).Open(folder);
            Assert.Throws<InvalidOperationException>(() => tampered.DeleteTemp(opened));

            Assert.Equal("the user's film", File.ReadAllText(source));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
