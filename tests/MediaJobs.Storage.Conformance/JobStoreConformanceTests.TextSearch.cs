using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Storage.Conformance;

/// <summary>Text search through each store's text index: the same answers on every store, whatever the text holds.</summary>
public abstract partial class JobStoreConformanceTests
{
    public static TheoryData<string, string[]> SearchCases => new()
    {
        // Plain and ASCII case.
        { "holiday", ["plain"] },
        { "HOLIDAY/CLIP", ["plain"] },
        // LIKE and FTS5 syntax are plain characters.
        { "50%", ["percent"] },
        { "%", [] },
        { "a_b", ["underscore"] },
        { "a%b", [] },
        { "C:\\X\\", ["backslash"] },
        { "say \"hi", ["quote"] },
        { "line\nbreak", [] },
        { "\"", [] },
        { "OR NEAR", ["keywords"] },
        { "*:^-", ["operators"] },
        // Non-ASCII: matched as it is, never case-folded (ASCII case only).
        { "Café", ["accent"] },
        { "CAFÉ", [] },
        { "café", ["accent"] },
        { "日本語", ["cjk"] },
        { "🎬clip", ["emoji"] },
        // Fewer than three characters: ids and batch ids only, never inside inputs.
        { "ol", [] },
        { "b1", ["in-batch"] },
        // Keys are not text.
        { "text", [] },
        // No match.
        { "nowhere at all", [] },
    };

    [Theory]
    [MemberData(nameof(SearchCases))]
    public async Task ListAsync_Text_SameAnswerOnEveryStore(string text, string[] expected)
    {
        var store = await NewStoreAsync();
        var jobs = new Dictionary<string, Job>
        {
            ["plain"] = WithInput("/media/Holiday/Clip.MKV"),
            ["percent"] = WithInput("crf at 50% of max"),
            ["underscore"] = WithInput("file a_b.mp4"),
            ["backslash"] = WithInput("C:\\x\\y"),
            ["quote"] = WithInput("say \"hi\""),
            ["keywords"] = WithInput("this OR NEAR that"),
            ["operators"] = WithInput("odd *:^- signs"),
            ["accent"] = WithInput("Café"),
            ["cjk"] = WithInput("字幕 日本語 テスト"),
            ["emoji"] = WithInput("🎬clip"),
            ["in-batch"] = WithInput("batched"),
            ["lines"] = WithInput("line\nbreak"),
        };
        jobs["in-batch"].BatchId = "b1";
        await store.EnqueueAsync([.. jobs.Values], new Batch("b1", "b1", null, T0), [], Ct).WaitAsync(Timeout);
        var names = jobs.ToDictionary(p => p.Value.Id, p => p.Key);

        var page = await store.ListAsync(new JobQuery { Text = text }, Ct);

        Assert.Equal(expected.Order(StringComparer.Ordinal), page.Items.Select(j => names[j.Id]).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, page.Total);
    }

    [Fact]
    public async Task ListAsync_Text_FindsIdsAndFollowsInputChangesAndDeletes()
    {
        var store = await NewStoreAsync();
        var job = WithInput("first words");
        await EnqueueAsync(store, job);
        var claimed = Assert.Single(await ClaimAsync(store));
        claimed.Input = new JsonObject { ["text"] = "second words" };
        claimed.Status = JobStatus.Succeeded;
        await CommitAsync(store, claimed, claimed.Version);

        Assert.Equal([job.Id], (await store.ListAsync(new JobQuery { Text = job.Id }, Ct)).Items.Select(j => j.Id));
        Assert.Empty((await store.ListAsync(new JobQuery { Text = "first" }, Ct)).Items);
        Assert.Single((await store.ListAsync(new JobQuery { Text = "SECOND" }, Ct)).Items);

        await store.DeleteAsync(new Core.Storage.JobDeletion([JobStatus.Succeeded]), T0.AddHours(1), Ct);
        Assert.Empty((await store.ListAsync(new JobQuery { Text = "second" }, Ct)).Items);
    }

    [Fact]
    public async Task ListAsync_Text_CombinesWithFiltersAndCursor()
    {
        var store = await NewStoreAsync();
        var jobs = Enumerable.Range(0, 5).Select(i => WithInput($"/media/show/episode{i}.mkv", T0.AddSeconds(i))).ToArray();
        jobs[2].Status = JobStatus.Failed;
        await EnqueueAsync(store, [.. jobs, WithInput("/media/other.mkv", T0)]);

        var first = await store.ListAsync(new JobQuery { Text = "/SHOW/", Limit = 2 }, Ct);
        var rest = await store.ListAsync(new JobQuery { Text = "/SHOW/", Limit = 10, After = first.Next }, Ct);
        var failed = await store.ListAsync(new JobQuery { Text = "/show/", Statuses = [JobStatus.Failed] }, Ct);

        Assert.Equal(5, first.Total);
        Assert.Equal(jobs.Reverse().Select(j => j.Id), first.Items.Concat(rest.Items).Select(j => j.Id));
        Assert.Equal([jobs[2].Id], failed.Items.Select(j => j.Id));
        Assert.Equal(1, failed.Total);
    }

    private static Job WithInput(string text, DateTimeOffset? created = null)
    {
        var job = NewJob(created: created);
        job.Input = new JsonObject { ["text"] = text };
        return job;
    }
}
