namespace MediaJobs.Cli.Tests;

[Trait("Tier", "EndToEnd")]
public sealed class CliErrorTests
{
    [Fact]
    public async Task AnyCommand_ServerUnreachable_SaysHowToStartOne()
    {
        var run = await CliRun.RunAsync("stats", "--server", "http://127.0.0.1:1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot reach the server", run.Error);
        Assert.Contains("mediajobs serve", run.Error);
    }

    [Theory]
    [InlineData("ftp://example")]
    [InlineData("not a url")]
    public async Task AnyCommand_ServerNotHttp_IsRefused(string server)
    {
        var run = await CliRun.RunAsync("stats", "--server", server);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--server", run.Error);
    }

    [Fact]
    public async Task Submit_InputsNotJson_IsRefusedBeforeAnyRequest()
    {
        var run = await CliRun.RunAsync("submit", "--inputs", "{oops", "--server", "http://127.0.0.1:1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--inputs is not valid JSON", run.Error);
    }

    [Fact]
    public async Task Queue_UnknownAction_IsAUsageError()
    {
        var run = await CliRun.RunAsync("queue", "frobnicate");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("frobnicate", run.Error);
    }
}
