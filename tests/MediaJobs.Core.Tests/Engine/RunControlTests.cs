using MediaJobs.Core.Engine;

namespace MediaJobs.Core.Tests.Engine;

[Trait("Tier", "Fast")]
public sealed class RunControlTests
{
    [Fact]
    public void Stop_AfterTheRunEndedAndDisposedIt_DoesNotThrow()
    {
        // Shutdown's stop-all can reach a run whose task has just disposed its control.
        var control = new RunControl("job", "t", DateTimeOffset.UtcNow);
        control.Dispose();

        control.Stop(StopReason.Shutdown);

        Assert.Equal(StopReason.Shutdown, control.Reason);
    }

    [Fact]
    public void Stop_Twice_KeepsTheFirstReasonAndFiresTheToken()
    {
        using var control = new RunControl("job", "t", DateTimeOffset.UtcNow);

        control.Stop(StopReason.Cancel);
        control.Stop(StopReason.Pause);

        Assert.True(control.Token.IsCancellationRequested);
        Assert.Equal(StopReason.Cancel, control.Reason);
    }
}
