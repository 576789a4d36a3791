using MediaJobs.Pipelines.Video;

namespace MediaJobs.Pipelines.Tests.Video;

[Trait("Tier", "Fast")]
public sealed class SpeechRetryPolicyTests
{
    private readonly SpeechRetryPolicy _policy = new() { MaxRetries = 3, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(3), MaxRetryAfter = TimeSpan.FromSeconds(30) };

    [Theory]
    [InlineData(1, 1.0, 1000)]
    [InlineData(2, 1.0, 2000)]
    [InlineData(2, 0.8, 1600)]
    [InlineData(3, 1.2, 3000)]
    public void DelayBefore_WithoutRetryAfter_IsExponentialWithJitterAndCapped(int retry, double jitter, double expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), _policy.DelayBefore(retry, null, jitter));

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(30)]
    public void DelayBefore_RetryAfterUpToTheLimit_IsWaitedExactly(int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), _policy.DelayBefore(1, TimeSpan.FromSeconds(seconds), 1.2));

    [Fact]
    public void DelayBefore_RetryAfterBeyondTheLimit_LeavesItToTheEngine() =>
        Assert.Null(_policy.DelayBefore(1, TimeSpan.FromSeconds(31), 1.0));

    [Fact]
    public void DelayBefore_RetriesSpent_IsNull()
    {
        Assert.NotNull(_policy.DelayBefore(3, TimeSpan.Zero, 1.0));
        Assert.Null(_policy.DelayBefore(4, TimeSpan.Zero, 1.0));
        Assert.Null(_policy.DelayBefore(4, null, 1.0));
    }

    [Fact]
    public void NextJitter_StaysWithin20Percent()
    {
        var draws = Enumerable.Range(0, 1000).Select(_ => SpeechRetryPolicy.NextJitter()).ToList();

        Assert.All(draws, j => Assert.InRange(j, 0.8, 1.2));
        Assert.True(draws.Distinct().Count() > 1, "no jitter at all");
    }
}
