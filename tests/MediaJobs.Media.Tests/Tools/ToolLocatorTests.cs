using MediaJobs.Core.Errors;
using MediaJobs.Media.Tools;

namespace MediaJobs.Media.Tests.Tools;

[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[Trait("Tier", "Media")]
public sealed class ToolLocatorTests
{
    [Fact]
    public void FindExecutable_BareNameOnPath_ReturnsFullPath()
    {
        using var temp = new TempDirectory();
        var tool = temp.File("mytool");
        File.WriteAllText(tool, "#!/bin/sh\n");
        File.SetUnixFileMode(tool, UnixFileMode.UserRead | UnixFileMode.UserExecute);

        Assert.Equal(tool, ToolLocator.FindExecutable("mytool", "/nonexistent-dir:" + temp.Path));
    }

    [Fact]
    public void FindExecutable_FileWithoutExecuteBit_IsNotFound()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("plain"), "data");
        File.SetUnixFileMode(temp.File("plain"), UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Assert.Null(ToolLocator.FindExecutable("plain", temp.Path));
    }

    [Fact]
    public void Find_Ffmpeg_ResolvesInstalledTool() =>
        Assert.True(Path.IsPathRooted(new ToolLocator().Find(MediaTool.Ffmpeg)));

    [Fact]
    public void Find_ConfiguredPathMissing_ThrowsToolNotFoundWithInstallHint()
    {
        var locator = new ToolLocator(new MediaToolsOptions { TesseractPath = "/nonexistent/tesseract" });

        var ex = Assert.Throws<MediaJobsException>(() => locator.Find(MediaTool.Tesseract));

        Assert.Equal("ToolNotFound:tesseract", ex.Error.Code);
        Assert.Contains("apt-get install -y tesseract-ocr", ex.Error.Remediation, StringComparison.Ordinal);
        Assert.Null(locator.TryFind(MediaTool.Tesseract));
    }
}
