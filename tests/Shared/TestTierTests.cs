namespace MediaJobs.Tests.Architecture;

/// <summary>
/// Every test class of the assembly this file is compiled into carries exactly one tier (<see cref="TestTiers"/>).
/// Each test project links this file and the rule (tests/Shared), so every test assembly checks itself.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class TestTierTests
{
    [Fact]
    public void EveryTestClass_HasExactlyOneTierTrait() =>
        Assert.Empty(TestTiers.Violations(typeof(TestTierTests).Assembly));
}
