using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Storage.Conformance;

public abstract partial class JobStoreConformanceTests
{
    [Fact]
    public async Task EnqueueAsync_ThenGet_RoundTripsEveryField()
    {
        var store = await NewStoreAsync();
        var job = new Job
        {
            Id = Guid.CreateVersion7().ToString(),
            Type = "document",
            Preset = "ocr-fast",
            Input = new JsonObject { ["text"] = "héllo \"quoted\"", ["pages"] = new JsonArray(1, 2, 3), ["nested"] = new JsonObject { ["ok"] = true, ["none"] = null } },
            Options = new JsonObject { ["lang"] = "eng", ["dpi"] = 300.5 },
            Status = JobStatus.Queued,
            Steps =
            [
                new StepRecord
                {
                    Name = "extract",
                    Status = StepStatus.Succeeded,
                    ProgressPct = 100,
                    DurationMs = 1234,
                    Errors = [new JobError("E1", "first", "do this")],
                    StartedAt = T0.AddSeconds(1),
                    CompletedAt = T0.AddSeconds(2),
                    Artifacts = [new JobArtifact("text", "jobs/x/output/a.txt", 42, "text/plain", "extract")],
                },
                new StepRecord { Name = "transform" },
            ],
            ProgressPct = 37.25,
            Message = "working",
            CorrelationId = "corr-1",
            BatchId = "batch-1",
            Owner = "key-1",
            Priority = 7,
            Attempt = 2,
            MaxAttempts = 5,
            CancelRequested = false,
            CreatedUtc = T0,
            StartedUtc = T0.AddMinutes(1),
            EndedUtc = T0.AddMinutes(2),
            RunAfterUtc = T0.AddMinutes(3),
            Output = [new JobArtifact("zip", "jobs/x/output/all.zip", 9_876_543_210, "application/zip", "package")],
            Results = new JsonObject { ["pages"] = 3, ["text"] = "abc" },
            Warnings = [new JobError("W1", "fallback used")],
            Errors = [new JobError("E2", "boom", "retry later")],
            Counters = new() { ["saved"] = 123_456_789_012, ["pages"] = -3 },
            LeaseOwner = "worker-9",
            LeaseExpiresUtc = T0.AddMinutes(4),
        };

        await EnqueueAsync(store, job);
        var loaded = await store.GetAsync(job.Id, Ct).WaitAsync(Timeout);

        Assert.NotNull(loaded);
        Assert.Equal(job.Id, loaded.Id);
        Assert.Equal("document", loaded.Type);
        Assert.Equal("ocr-fast", loaded.Preset);
        Assert.True(JsonNode.DeepEquals(job.Input, loaded.Input), loaded.Input.ToJsonString());
        Assert.True(JsonNode.DeepEquals(job.Options, loaded.Options), loaded.Options.ToJsonString());
        Assert.Equal(JobStatus.Queued, loaded.Status);
        Assert.Equal(2, loaded.Steps.Count);
        var step = loaded.Steps[0];
        Assert.Equal("extract", step.Name);
        Assert.Equal(StepStatus.Succeeded, step.Status);
        Assert.Equal(100, step.ProgressPct);
        Assert.Equal(1234, step.DurationMs);
        Assert.Equal([new JobError("E1", "first", "do this")], step.Errors);
        Assert.Equal(T0.AddSeconds(1), step.StartedAt);
        Assert.Equal(T0.AddSeconds(2), step.CompletedAt);
        Assert.Equal([new JobArtifact("text", "jobs/x/output/a.txt", 42, "text/plain", "extract")], step.Artifacts);
        Assert.Equal("transform", loaded.Steps[1].Name);
        Assert.Equal(StepStatus.Pending, loaded.Steps[1].Status);
        Assert.Null(loaded.Steps[1].StartedAt);
        Assert.Equal(37.25, loaded.ProgressPct);
        Assert.Equal("working", loaded.Message);
        Assert.Equal("corr-1", loaded.CorrelationId);
        Assert.Equal("batch-1", loaded.BatchId);
        Assert.Equal("key-1", loaded.Owner);
        Assert.Equal(7, loaded.Priority);
        Assert.Equal(2, loaded.Attempt);
        Assert.Equal(5, loaded.MaxAttempts);
        Assert.False(loaded.CancelRequested);
        Assert.Equal(T0, loaded.CreatedUtc);
        Assert.Equal(T0.AddMinutes(1), loaded.StartedUtc);
        Assert.Equal(T0.AddMinutes(2), loaded.EndedUtc);
        Assert.Equal(T0.AddMinutes(3), loaded.RunAfterUtc);
        Assert.Equal(job.Output, loaded.Output);
        Assert.True(JsonNode.DeepEquals(job.Results, loaded.Results), loaded.Results.ToJsonString());
        Assert.Equal(job.Warnings, loaded.Warnings);
        Assert.Equal(job.Errors, loaded.Errors);
        Assert.Equal(job.Counters, loaded.Counters);
        Assert.Equal("worker-9", loaded.LeaseOwner);
        Assert.Equal(T0.AddMinutes(4), loaded.LeaseExpiresUtc);
        Assert.Equal(job.Version, loaded.Version);
    }

    [Fact]
    public async Task EnqueueAsync_NullableFieldsUnset_RoundTripAsNull()
    {
        var store = await NewStoreAsync();
        var job = NewJob();

        await EnqueueAsync(store, job);
        var loaded = await store.GetAsync(job.Id, Ct);

        Assert.NotNull(loaded);
        Assert.Null(loaded.Message);
        Assert.Null(loaded.BatchId);
        Assert.Null(loaded.Owner);
        Assert.Null(loaded.StartedUtc);
        Assert.Null(loaded.EndedUtc);
        Assert.Null(loaded.RunAfterUtc);
        Assert.Null(loaded.LeaseOwner);
        Assert.Null(loaded.LeaseExpiresUtc);
        Assert.Empty(loaded.Steps);
        Assert.Empty(loaded.Input);
    }

    [Fact]
    public async Task EnqueueAsync_WithBatchAndEvents_StoresBatchSetsVersionAndReturnsEventIds()
    {
        var store = await NewStoreAsync();
        var batch = new Batch("batch-7", "nightly", "key-2", T0);
        var jobs = new[] { NewJob(), NewJob() };
        foreach (var j in jobs)
        {
            j.BatchId = batch.Id;
        }

        var ids = await store.EnqueueAsync(jobs, batch, [Event(jobs[0]), Event(jobs[1]), Event(jobs[1])], Ct).WaitAsync(Timeout);

        Assert.Equal(3, ids.Count);
        Assert.True(ids[0] < ids[1] && ids[1] < ids[2]);
        Assert.All(jobs, j => Assert.True(j.Version > 0));
        Assert.Equal(batch, await store.GetBatchAsync("batch-7", Ct));
        Assert.Null(await store.GetBatchAsync("missing", Ct));
        var stored = await store.GetAsync(jobs[0].Id, Ct);
        Assert.Equal(jobs[0].Version, stored!.Version);
        Assert.Null(await store.GetAsync(Guid.CreateVersion7().ToString(), Ct));
    }

    [Fact]
    public async Task EnqueueAsync_DuplicateIdAmongConcurrentWrites_FailsOnlyThatCall()
    {
        var store = await NewStoreAsync();
        var existing = NewJob();
        await EnqueueAsync(store, existing);
        var others = Enumerable.Range(0, 40).Select(_ => NewJob()).ToArray();
        var duplicate = new Job { Id = existing.Id, Type = "video", CreatedUtc = T0 };
        var partial = NewJob();

        var writes = others.Select(j => store.EnqueueAsync([j], null, [Event(j)], Ct)).ToArray();
        // The failing write does part of its work (partial) before it fails: that part must go too.
        var failing = store.EnqueueAsync([partial, duplicate], null, [Event(duplicate, message: "must not be stored")], Ct);

        await Assert.ThrowsAnyAsync<Exception>(() => failing.WaitAsync(Timeout));
        await Task.WhenAll(writes).WaitAsync(Timeout);
        foreach (var j in others)
        {
            Assert.NotNull(await store.GetAsync(j.Id, Ct));
        }
        Assert.Null(await store.GetAsync(partial.Id, Ct));
        var existingEvents = await AllEventsAsync(store, existing.Id);
        Assert.DoesNotContain(existingEvents, e => e.Message == "must not be stored");
        Assert.Single(existingEvents);
        Assert.Equal(others.Length + 1, (await store.GetStatsAsync(null, Ct)).Total);
    }
}
