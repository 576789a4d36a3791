using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Storage.Conformance;

/// <summary>List text search and order: what the dashboard's table needs.</summary>
public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task ListAsync_Text_MatchesIdBatchIdOrInputAnyAsciiCase()
    {
        var store = await NewStoreAsync();
        var withPath = NewJob();
        withPath.Input = new JsonObject { ["path"] = "/media/Holiday/Clip.MKV" };
        var other = NewJob(created: T0.AddSeconds(1));
        other.Input = new JsonObject { ["path"] = "/media/work/talk.mp4" };
        await EnqueueAsync(store, withPath, other);

        var byInput = await store.ListAsync(new JobQuery { Text = "holiday/clip.mkv" }, Ct);
        var byId = await store.ListAsync(new JobQuery { Text = other.Id }, Ct);
        var none = await store.ListAsync(new JobQuery { Text = "nowhere" }, Ct);

        Assert.Equal([withPath.Id], byInput.Items.Select(j => j.Id));
        Assert.Equal(1, byInput.Total);
        Assert.Equal([other.Id], byId.Items.Select(j => j.Id));
        Assert.Equal(0, none.Total);
    }

    [Fact]
    public async Task ListAsync_OldestFirst_ReversesTheOrder()
    {
        var store = await NewStoreAsync();
        var first = NewJob(created: T0);
        var second = NewJob(created: T0.AddSeconds(1));
        var third = NewJob(created: T0.AddSeconds(2));
        await EnqueueAsync(store, second, third, first);

        var newest = await store.ListAsync(new JobQuery(), Ct);
        var oldest = await store.ListAsync(new JobQuery { OldestFirst = true, Limit = 2 }, Ct);

        Assert.Equal([third.Id, second.Id, first.Id], newest.Items.Select(j => j.Id));
        Assert.Equal([first.Id, second.Id], oldest.Items.Select(j => j.Id));
        Assert.Equal(3, oldest.Total);
    }
}
