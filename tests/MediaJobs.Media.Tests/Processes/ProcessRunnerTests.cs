using MediaJobs.Core.Errors;
using MediaJobs.Media.Processes;

namespace MediaJobs.Media.Tests.Processes;

[Trait("Tier", "Fast")]
public sealed class ProcessRunnerTests
{
    private readonly ProcessRunner _runner = new();

    [Fact]
    public async Task RunAsync_ToolWritesBothStreams_CapturesLinesSeparately()
    {
        var stdout = new List<string>();
        var stderr = new List<string>();
        var spec = new ProcessSpec("/bin/sh", ["-c", "echo out1; echo err1 >&2; echo out2; echo err2 >&2"])
        {
            OnStdoutLine = stdout.Add,
            OnStderrLine = stderr.Add,
            CaptureStandardOutput = true,
        };

        var result = await _runner.RunAsync(spec);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["out1", "out2"], stdout);
        Assert.Equal(["err1", "err2"], stderr);
        Assert.Equal(["err1", "err2"], result.StderrTail);
        Assert.Equal("out1\nout2\n", result.StandardOutput);
    }

    /// <summary>
    /// Whatever this process inherited: a test host started in the background by a non-interactive shell (as CI
    /// scripts do) ignores SIGINT, and the tools it starts must not.
    /// </summary>
    [Fact]
    public async Task RunAsync_ToolStartsWithInterruptAndPipeAtTheirDefaults()
    {
        const ulong SigInt = 1UL << (2 - 1), SigPipe = 1UL << (13 - 1);

        var result = await _runner.RunAsync(new ProcessSpec("/bin/sh", ["-c", "grep SigIgn /proc/self/status"]) { CaptureStandardOutput = true });

        var ignored = Convert.ToUInt64(result.StandardOutput.Split(':')[1].Trim(), 16);
        Assert.Equal(0UL, ignored & (SigInt | SigPipe));
    }

    [Fact]
    public async Task RunAsync_NonZeroExit_ThrowsToolExecutionExceptionWithCommandLineAndStderrTail()
    {
        var spec = new ProcessSpec("/bin/sh", ["-c", "echo first-detail >&2; echo boom-detail >&2; exit 3"]);

        var ex = await Assert.ThrowsAsync<ToolExecutionException>(() => _runner.RunAsync(spec));

        Assert.Equal(3, ex.ExitCode);
        Assert.Equal("ToolFailed:sh", ex.Error.Code);
        Assert.Equal(["first-detail", "boom-detail"], ex.StderrTail);
        Assert.Contains("/bin/sh -c 'echo first-detail >&2; echo boom-detail >&2; exit 3'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("boom-detail", ex.Message, StringComparison.Ordinal);
        Assert.Contains("code 3", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<MediaJobsException>(ex);
    }

    [Fact]
    public async Task RunAsync_ManyStderrLines_KeepsOnlyTheTail()
    {
        var spec = new ProcessSpec("/bin/sh", ["-c", "i=0; while [ $i -lt 100 ]; do echo line$i >&2; i=$((i+1)); done; exit 1"])
        {
            StderrTailLines = 5,
        };

        var ex = await Assert.ThrowsAsync<ToolExecutionException>(() => _runner.RunAsync(spec));

        Assert.Equal(["line95", "line96", "line97", "line98", "line99"], ex.StderrTail);
    }

    [Fact]
    public async Task RunAsync_ValidateExitCodeFalse_ReturnsTheExitCode()
    {
        var spec = new ProcessSpec("/bin/sh", ["-c", "exit 7"]) { ValidateExitCode = false };

        var result = await _runner.RunAsync(spec);

        Assert.Equal(7, result.ExitCode);
    }

    [Fact]
    public async Task RunAsync_MissingExecutable_ThrowsToolNotFoundWithRemediation()
    {
        var spec = new ProcessSpec("definitely-not-a-real-tool-xyz", ["--version"]);

        var ex = await Assert.ThrowsAsync<MediaJobsException>(() => _runner.RunAsync(spec));

        Assert.Equal("ToolNotFound:definitely-not-a-real-tool-xyz", ex.Error.Code);
        Assert.Contains("apt-get install -y", ex.Error.Remediation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WithLogPath_LogStartsWithCommandLineThenStderrThenExitCode()
    {
        using var temp = new TempDirectory();
        var logPath = temp.File("logs/tool.log");
        var spec = new ProcessSpec("/bin/sh", ["-c", "echo to-stderr >&2; echo to-stdout"]) { LogPath = logPath };

        await _runner.RunAsync(spec);

        var lines = await File.ReadAllLinesAsync(logPath);
        Assert.Equal("/bin/sh -c 'echo to-stderr >&2; echo to-stdout'", lines[0]);
        Assert.Equal("to-stderr", lines[1]);
        Assert.StartsWith("# exit code 0 after ", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("to-stdout", lines);
    }

    [Fact]
    public async Task RunAsync_ArgumentsWithSpacesAndQuotes_PassThroughUntouched()
    {
        string[] tricky = ["a b", "it's", "\"double\"", "$HOME", "back\\slash", "*", "semi;colon", "  "];
        var lines = new List<string>();
        var spec = new ProcessSpec("printf", ["%s\\n", .. tricky]) { OnStdoutLine = lines.Add };

        var result = await _runner.RunAsync(spec);

        Assert.Equal(tricky, lines);
        Assert.Contains("'it'\\''s'", result.CommandLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StandardInputGiven_ToolReadsIt()
    {
        var spec = new ProcessSpec("cat", []) { StandardInput = "hello\nworld\n", CaptureStandardOutput = true };

        var result = await _runner.RunAsync(spec);

        Assert.Equal("hello\nworld\n", result.StandardOutput);
    }

    [Fact]
    public async Task RunAsync_EnvironmentAndWorkingDirectory_AreApplied()
    {
        using var temp = new TempDirectory();
        var spec = new ProcessSpec("/bin/sh", ["-c", "echo \"$MEDIAJOBS_TEST_VAR\"; pwd"])
        {
            Environment = new Dictionary<string, string?> { ["MEDIAJOBS_TEST_VAR"] = "value with spaces" },
            WorkingDirectory = temp.Path,
            CaptureStandardOutput = true,
        };

        var result = await _runner.RunAsync(spec);

        Assert.Equal($"value with spaces\n{temp.Path}\n", result.StandardOutput);
    }

    [Fact]
    public async Task RunAsync_BackgroundChildHoldsPipeAfterExit_ReturnsAfterDrainTimeout()
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var spec = new ProcessSpec("/bin/sh", ["-c", "sleep 4 & echo started"])
        {
            GracePeriod = TimeSpan.FromMilliseconds(300),
            CaptureStandardOutput = true,
        };

        var result = await _runner.RunAsync(spec);

        Assert.Equal("started\n", result.StandardOutput);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(3), $"took {stopwatch.Elapsed}");
    }
}
