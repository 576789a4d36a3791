using MediaJobs.Core.Webhooks;

namespace MediaJobs.Core.Tests.Webhooks;

[Trait("Tier", "Fast")]
public sealed class WebhookRetryPolicyTests
{
    [Fact]
    public void NextDelay_DefaultScheduleWithoutJitter_FollowsStandardWebhooks()
    {
        var policy = new WebhookRetryPolicy(new WebhookOptions { Jitter = 0 });

        var delays = Enumerable.Range(0, 8).Select(n => policy.NextDelay(n, null)).ToList();

        Assert.Equal(7, policy.MaxAttempts);
        Assert.Equal(
            [TimeSpan.Zero, TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(5), TimeSpan.FromHours(10), null],
            delays);
    }

    [Theory]
    [InlineData(0.0, 4.5)]
    [InlineData(0.5, 5.0)]
    [InlineData(1.0, 5.5)]
    public void NextDelay_Jitter_StretchesWithinTheFraction(double random, double expectedSeconds)
    {
        var policy = new WebhookRetryPolicy(new WebhookOptions { Jitter = 0.1 }, () => random);

        Assert.Equal(expectedSeconds, policy.NextDelay(1, null)!.Value.TotalSeconds, 6);
        Assert.Equal(TimeSpan.Zero, policy.NextDelay(0, null));
    }

    [Fact]
    public void NextDelay_RetryAfter_ReplacesTheScheduleUpToTheCap()
    {
        var policy = new WebhookRetryPolicy(new WebhookOptions { Schedule = [TimeSpan.Zero, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(50)], MaxRetryAfter = TimeSpan.FromMinutes(1) });

        Assert.Equal(TimeSpan.FromSeconds(3), policy.NextDelay(1, TimeSpan.FromSeconds(3)));
        Assert.Equal(TimeSpan.FromMinutes(1), policy.NextDelay(1, TimeSpan.FromHours(3)));
        Assert.Null(policy.NextDelay(3, TimeSpan.FromSeconds(3)));
    }
}
