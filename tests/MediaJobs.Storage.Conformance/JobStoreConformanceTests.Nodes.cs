using MediaJobs.Core.Nodes;

namespace MediaJobs.Storage.Conformance;

public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task UpsertNodeAsync_RegisterThenBeat_ListsEachNodeOnceWithItsLatestRow()
    {
        var store = await NewStoreAsync();
        var a = new NodeInfo("node-a", "host-1", 4242, "1.2.3", "node-a/1", T0, T0, new Dictionary<string, int> { ["transcode"] = 1, ["noop"] = 32 }, ["ffmpeg", "encoder:libx265"]);
        var b = a with { Name = "node-b", WorkerId = "node-b/1", JobTypes = new Dictionary<string, int> { ["pdf"] = 2 }, Capabilities = [] };

        await store.UpsertNodeAsync(a, Ct);
        await store.UpsertNodeAsync(b, Ct);
        await store.UpsertNodeAsync(a with { HeartbeatUtc = T0.AddSeconds(10) }, Ct);
        var nodes = await store.ListNodesAsync(Ct);

        Assert.Equal(["node-a", "node-b"], nodes.Select(n => n.Name));
        var first = nodes[0];
        Assert.Equal(T0.AddSeconds(10), first.HeartbeatUtc);
        Assert.Equal(T0, first.StartedUtc);
        Assert.Equal("host-1", first.Host);
        Assert.Equal(4242, first.ProcessId);
        Assert.Equal("1.2.3", first.Version);
        Assert.Equal("node-a/1", first.WorkerId);
        Assert.Equal(32, first.JobTypes["noop"]);
        Assert.Equal(["ffmpeg", "encoder:libx265"], first.Capabilities);
        Assert.Equal(2, nodes[1].JobTypes["pdf"]);
        Assert.Empty(nodes[1].Capabilities);
    }
}
