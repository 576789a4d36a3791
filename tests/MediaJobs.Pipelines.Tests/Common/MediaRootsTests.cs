using MediaJobs.Core.Errors;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Tests.Common;

[Trait("Tier", "Fast")]
public sealed class MediaRootsTests : IDisposable
{
    private readonly string _base = Path.Combine(Path.GetTempPath(), "mediajobs-roots-" + Guid.NewGuid().ToString("N"));
    private readonly string _root;
    private readonly string _outside;

    public MediaRootsTests()
    {
        _root = Directory.CreateDirectory(Path.Combine(_base, "library")).FullName;
        _outside = Directory.CreateDirectory(Path.Combine(_base, "secret")).FullName;
        File.WriteAllText(Path.Combine(_root, "movie.mkv"), "x");
        File.WriteAllText(Path.Combine(_outside, "passwd"), "x");
    }

    public void Dispose() => Directory.Delete(_base, recursive: true);

    [Fact]
    public void Resolve_FileUnderRoot_ReturnsFullPath()
    {
        var roots = new MediaRoots([_root]);

        Assert.Equal(Path.Combine(_root, "movie.mkv"), roots.Resolve(Path.Combine(_root, "sub", "..", "movie.mkv"), "paths[0]"));
    }

    [Theory]
    [InlineData("../secret/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("")]
    public void Resolve_PathOutsideRoots_IsRejectedNamingFieldAndRoots(string relative)
    {
        var roots = new MediaRoots([_root]);
        var requested = relative.Length == 0 ? "" : Path.IsPathRooted(relative) ? relative : Path.Combine(_root, relative);

        var ex = Assert.Throws<JobValidationException>(() => roots.Resolve(requested, "paths[0]"));

        Assert.Equal("paths[0]", ex.Field);
        Assert.Contains(_root, ex.Message);
    }

    [Fact]
    public void Resolve_SiblingFolderSharingThePrefix_IsRejected()
    {
        var sibling = Directory.CreateDirectory(_root + "-evil").FullName;
        var roots = new MediaRoots([_root]);

        Assert.Throws<JobValidationException>(() => roots.Resolve(Path.Combine(sibling, "x.mkv"), "paths[0]"));
    }

    [Fact]
    public void Resolve_SymlinkInsideRootPointingOutside_IsRejected()
    {
        var link = Path.Combine(_root, "escape");
        Directory.CreateSymbolicLink(link, _outside);
        var roots = new MediaRoots([_root]);

        Assert.Throws<JobValidationException>(() => roots.Resolve(Path.Combine(link, "passwd"), "filename"));
    }

    [Fact]
    public void Resolve_NoRootsConfigured_IsRejectedWithHowToConfigure()
    {
        var ex = Assert.Throws<JobValidationException>(() => new MediaRoots([]).Resolve(Path.Combine(_root, "movie.mkv"), "filename"));

        Assert.Contains("MediaJobs:MediaRoots", ex.Message);
    }
}
