using MediaJobs.Media.Files;

namespace MediaJobs.Media.Tests.Files;

/// <summary>
/// The checks behind issue 23: what is opened is checked where it really is, and once open it stays the checked file
/// whatever the path names later; inside a folder nothing follows a link.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class RootedFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public RootedFileTests()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Folder);
        Directory.CreateDirectory(Outside);
        File.WriteAllText(Path.Combine(Folder, "v.mp4"), "inside");
        File.WriteAllText(Path.Combine(Outside, "v.mp4"), "outside");
    }

    private string Root => _temp.File("root");
    private string Folder => Path.Combine(Root, "swap");
    private string Outside => _temp.File("outside");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Open_FolderLinkLeadingOut_IsRefusedWithoutNamingTheTarget()
    {
        Directory.CreateSymbolicLink(Path.Combine(Root, "escape"), Outside);

        var ex = Assert.Throws<PathOutsideRootsException>(() => RootedFile.Open(Path.Combine(Root, "escape", "v.mp4"), [Root]));

        Assert.Equal(PathOutsideRootsException.Code, ex.Error.Code);
        Assert.DoesNotContain(Outside, ex.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_LinkStayingInsideTheRoot_IsAcceptedAtItsRealPath()
    {
        File.CreateSymbolicLink(Path.Combine(Root, "alias.mp4"), Path.Combine(Folder, "v.mp4"));

        using var file = RootedFile.Open(Path.Combine(Root, "alias.mp4"), [Root]);

        Assert.Equal(Path.Combine(Folder, "v.mp4"), file.RealPath);
        Assert.True(file.IsRegularFile);
        Assert.Equal(6, file.Identity.Size);
    }

    [Fact]
    public void ToolPath_AfterTheFolderIsSwappedForALink_StillReadsTheCheckedFile()
    {
        using var file = RootedFile.Open(Path.Combine(Folder, "v.mp4"), [Root]);

        Swap();

        Assert.Equal("inside", File.ReadAllText(file.ToolPath));
        Assert.Equal("outside", File.ReadAllText(Path.Combine(Folder, "v.mp4")));
    }

    [Fact]
    public void FolderOperations_AfterTheFolderIsSwappedForALink_StayInTheCheckedFolder()
    {
        using var folder = RootedFile.Open(Folder, [Root]);
        using (var created = folder.CreateEntry("new.tmp"))
        {
            File.WriteAllText(created.ToolPath, "encoded");
        }

        Swap();
        folder.RenameEntry("new.tmp", "v.mp4");

        Assert.Equal("encoded", File.ReadAllText(Path.Combine(Folder + ".old", "v.mp4")));
        Assert.Equal("outside", File.ReadAllText(Path.Combine(Outside, "v.mp4")));
        Assert.Equal(["v.mp4"], Directory.GetFiles(Outside).Select(Path.GetFileName));
    }

    [Fact]
    public void OpenEntry_ALink_IsRefused()
    {
        File.CreateSymbolicLink(Path.Combine(Folder, "link.mp4"), Path.Combine(Outside, "v.mp4"));
        using var folder = RootedFile.Open(Folder, [Root]);

        Assert.Throws<IOException>(() => folder.OpenEntry("link.mp4"));
        Assert.True(folder.StatEntry("link.mp4")!.IsSymbolicLink);
    }

    [Fact]
    public void CreateEntry_WhereALinkHasTheName_FailsAndLeavesTheTargetAlone()
    {
        File.CreateSymbolicLink(Path.Combine(Folder, "planted.tmp"), Path.Combine(Outside, "v.mp4"));
        using var folder = RootedFile.Open(Folder, [Root]);

        Assert.Throws<IOException>(() => folder.CreateEntry("planted.tmp"));
        Assert.True(folder.DeleteEntry("planted.tmp"));

        Assert.Equal("outside", File.ReadAllText(Path.Combine(Outside, "v.mp4")));
    }

    [Fact]
    public void StatEntry_AnotherFileTakesTheName_HasAnotherIdentity()
    {
        using var folder = RootedFile.Open(Folder, [Root]);
        var before = folder.StatEntry("v.mp4")!.Identity;

        File.WriteAllText(Path.Combine(Folder, "v.new"), "inside");
        File.Move(Path.Combine(Folder, "v.new"), Path.Combine(Folder, "v.mp4"), overwrite: true);
        var after = folder.StatEntry("v.mp4")!.Identity;

        Assert.False(before.IsSameFileAs(after));
        Assert.NotEqual(before, after);
        Assert.Null(folder.StatEntry("missing.mp4"));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("")]
    public void EntryNames_NotPlain_AreRefused(string name)
    {
        using var folder = RootedFile.Open(Folder, [Root]);

        Assert.Throws<ArgumentException>(() => folder.StatEntry(name));
    }

    /// <summary>The finding's swap: the folder moves away and a link to a folder outside takes its name.</summary>
    private void Swap()
    {
        Directory.Move(Folder, Folder + ".old");
        Directory.CreateSymbolicLink(Folder, Outside);
    }
}
