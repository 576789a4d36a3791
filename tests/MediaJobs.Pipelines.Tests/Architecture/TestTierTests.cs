using MediaJobs.Testing;

namespace MediaJobs.Pipelines.Tests.Architecture;

/// <summary>Every test class of this assembly carries exactly one tier (<see cref="TestTiers"/>).</summary>
[Trait("Tier", "Fast")]
public sealed class TestTierTests
{
    [Fact]
    public void EveryTestClass_HasExactlyOneTierTrait() =>
        Assert.Empty(TestTiers.Violations(typeof(TestTierTests).Assembly));
}
