using MediaJobs.Media.Processes;

namespace MediaJobs.Media.Tests.Processes;

[Trait("Tier", "Fast")]
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("plain-arg_1.mp4", "plain-arg_1.mp4")]
    [InlineData("a b", "'a b'")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("", "''")]
    [InlineData("testsrc2=size=160x120:rate=25", "testsrc2=size=160x120:rate=25")]
    [InlineData("$HOME", "'$HOME'")]
    public void Quote_Argument_IsShellSafe(string argument, string expected) =>
        Assert.Equal(expected, CommandLine.Quote(argument));

    [Fact]
    public void Format_FileAndArguments_JoinsQuotedParts() =>
        Assert.Equal("/usr/bin/ffmpeg -i 'my clip.mp4' out.mp4", CommandLine.Format("/usr/bin/ffmpeg", ["-i", "my clip.mp4", "out.mp4"]));
}
