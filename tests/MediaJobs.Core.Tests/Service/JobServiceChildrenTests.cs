using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Tests.Support;

namespace MediaJobs.Core.Tests.Service;

/// <summary>Child jobs: submitted once whatever the repeats, listed under their parent, cancelled with it.</summary>
[Trait("Tier", "Fast")]
public sealed class JobServiceChildrenTests : EngineTestBase
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static ScriptedPipeline Pipeline() => new("t", ("a", (_, _) => Task.CompletedTask));

    [Fact]
    public void Derived_SameParentAndName_SameWellFormedIdAndAnotherNameAnother()
    {
        var parent = Guid.CreateVersion7().ToString();

        Assert.Equal(JobIds.Derived(parent, "r/1"), JobIds.Derived(parent, "r/1"));
        Assert.NotEqual(JobIds.Derived(parent, "r/1"), JobIds.Derived(parent, "r/2"));
        Assert.True(JobIds.IsWellFormed(JobIds.Derived(parent, "r/1")));
        // Only a derived id may wake a parent: a submitted job's (or a batch's) UUIDv7 never is one.
        Assert.True(JobIds.IsDerived(JobIds.Derived(parent, "r/1")));
        Assert.False(JobIds.IsDerived(parent));
        Assert.False(JobIds.IsDerived("not-an-id"));
    }

    [Fact]
    public async Task SubmitChildrenAsync_Repeated_SubmitsEachChildOnceAndCancelOfTheParentCancelsThem()
    {
        var h = await CreateAsync(null, Pipeline());
        var parent = await h.SubmitAsync("t");
        JobSubmission[] Children() => [.. Enumerable.Range(0, 3).Select(i => new JobSubmission { Type = "t", Id = JobIds.Derived(parent.Id, $"{i}") })];

        var first = await h.Service.SubmitChildrenAsync(parent, Children(), Ct);
        var again = await h.Service.SubmitChildrenAsync(parent, Children(), Ct);
        await h.Service.CancelAsync(parent.Id, null, Ct);

        Assert.Equal(3, first.Count);
        Assert.Empty(again);
        var children = await h.Service.ListChildrenAsync(parent.Id, Ct);
        Assert.Equal(first.Select(c => c.Id).Order(), children.Select(c => c.Id).Order());
        Assert.All(children, c => Assert.Equal(JobStatus.Cancelled, c.Status));
    }
}
