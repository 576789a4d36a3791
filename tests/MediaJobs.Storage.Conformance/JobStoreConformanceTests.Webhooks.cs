using MediaJobs.Core.Events;
using MediaJobs.Core.Storage;
using MediaJobs.Core.Webhooks;

namespace MediaJobs.Storage.Conformance;

// The webhook outbox (IWebhookOutbox) and the job's webhook target.
public abstract partial class JobStoreConformanceTests
{
    // The outbox is part of the store contract.
    private static IWebhookOutbox Outbox(IJobStore store) => store;

    private static WebhookDelivery Delivery(string jobId, long eventId, string url = "https://example.com/hook", DateTimeOffset? due = null) => new()
    {
        Id = "msg_" + Guid.NewGuid().ToString("N"),
        JobId = jobId,
        EventId = eventId,
        Kind = "progress",
        Url = url,
        Token = "tok",
        Payload = "{\"phase\":\"processing\",\"progress\":50}",
        NextAttemptUtc = due ?? T0,
        CreatedUtc = T0,
    };

    [Fact]
    public async Task Enqueue_JobWithWebhook_RoundTripsTheTarget()
    {
        var store = await NewStoreAsync();
        var job = NewJob();
        job.Webhook = new WebhookTarget("https://example.com/hook", "secret-token", "client-1");
        var plain = NewJob();

        await EnqueueAsync(store, job, plain);
        var read = await store.GetAsync(job.Id, Ct);
        var readPlain = await store.GetAsync(plain.Id, Ct);

        Assert.Equal(job.Webhook, read!.Webhook);
        Assert.Null(readPlain!.Webhook);
    }

    [Fact]
    public async Task AddWebhookDeliveries_SameEventAndUrlTwice_InsertsOnceAndMovesCursorForwardOnly()
    {
        var store = await NewStoreAsync();
        var outbox = Outbox(store);
        var job = NewJob();
        var ids = await EnqueueAsync(store, job);
        var cursorBefore = await outbox.GetWebhookCursorAsync(Ct);

        var first = await outbox.AddWebhookDeliveriesAsync([Delivery(job.Id, ids[0]), Delivery(job.Id, ids[0], "https://other.example/hook")], ids[0], Ct);
        var again = await outbox.AddWebhookDeliveriesAsync([Delivery(job.Id, ids[0])], ids[0] - 1, Ct);

        Assert.Equal(0, cursorBefore);
        Assert.Equal(2, first);
        Assert.Equal(0, again);
        Assert.Equal(ids[0], await outbox.GetWebhookCursorAsync(Ct));
        var rows = await outbox.ListWebhookDeliveriesAsync(job.Id, Ct);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal(WebhookDeliveryStatus.Pending, r.Status));
        Assert.All(rows, r => Assert.Equal(0, r.Attempts));
        Assert.Equal("tok", rows[0].Token);
        Assert.Equal("{\"phase\":\"processing\",\"progress\":50}", rows[0].Payload);
    }

    [Fact]
    public async Task ClaimDueWebhooks_OnlyDueRowsOnceUntilTheLeaseEnds()
    {
        var store = await NewStoreAsync();
        var outbox = Outbox(store);
        var job = NewJob();
        var ids = await EnqueueAsync(store, job);
        var due = Delivery(job.Id, ids[0], due: T0);
        var later = Delivery(job.Id, ids[0], "https://later.example/hook", due: T0.AddMinutes(10));
        await outbox.AddWebhookDeliveriesAsync([due, later], ids[0], Ct);

        var claimed = await outbox.ClaimDueWebhooksAsync(T0, T0.AddMinutes(1), 10, Ct);
        var whileLeased = await outbox.ClaimDueWebhooksAsync(T0.AddSeconds(30), T0.AddMinutes(2), 10, Ct);
        var afterLease = await outbox.ClaimDueWebhooksAsync(T0.AddMinutes(1), T0.AddMinutes(3), 10, Ct);

        Assert.Equal([due.Id], claimed.Select(d => d.Id));
        Assert.Empty(whileLeased);
        Assert.Equal([due.Id], afterLease.Select(d => d.Id));
        Assert.Equal(T0.AddMinutes(3), await outbox.GetNextWebhookDueAsync(Ct));
    }

    [Fact]
    public async Task RecordWebhookAttempt_RetryThenDelivered_KeepsCountsAndAppendsOneEvent()
    {
        var store = await NewStoreAsync();
        var outbox = Outbox(store);
        var job = NewJob();
        var ids = await EnqueueAsync(store, job);
        var row = Delivery(job.Id, ids[0]);
        await outbox.AddWebhookDeliveriesAsync([row], ids[0], Ct);

        await outbox.RecordWebhookAttemptAsync(new WebhookAttempt(row.Id, WebhookDeliveryStatus.Pending, 1, T0.AddSeconds(5), 500, "boom", T0, null), Ct);
        var pending = (await outbox.ListWebhookDeliveriesAsync(job.Id, Ct)).Single();
        var notYet = await outbox.ClaimDueWebhooksAsync(T0.AddSeconds(4), T0.AddMinutes(1), 10, Ct);
        var delivered = new NewJobEvent(job.Id, JobEventTypes.WebhookDelivered, EventLevel.Info, "delivered", new() { ["attempts"] = 2 }, T0.AddSeconds(6));
        await outbox.RecordWebhookAttemptAsync(new WebhookAttempt(row.Id, WebhookDeliveryStatus.Delivered, 2, null, 200, null, T0.AddSeconds(6), delivered), Ct);
        var done = (await outbox.ListWebhookDeliveriesAsync(job.Id, Ct)).Single();

        Assert.Equal(1, pending.Attempts);
        Assert.Equal(500, pending.LastStatusCode);
        Assert.Equal("boom", pending.LastError);
        Assert.Equal(T0.AddSeconds(5), pending.NextAttemptUtc);
        Assert.Empty(notYet);
        Assert.Equal(WebhookDeliveryStatus.Delivered, done.Status);
        Assert.Equal(2, done.Attempts);
        Assert.Equal(200, done.LastStatusCode);
        Assert.Null(done.LastError);
        Assert.Equal(T0.AddSeconds(6), done.CompletedUtc);
        Assert.Null(await outbox.GetNextWebhookDueAsync(Ct));
        Assert.Empty(await outbox.ClaimDueWebhooksAsync(T0.AddDays(1), T0.AddDays(2), 10, Ct));
        var events = await AllEventsAsync(store, job.Id);
        Assert.Equal(JobEventTypes.WebhookDelivered, events[^1].Type);
        Assert.Equal(2, events[^1].Payload["attempts"]!.GetValue<int>());
    }

    [Fact]
    public async Task ResendWebhookDelivery_FailedRow_IsPendingAndDueAgain_OnlyForItsJob_NeverWhilePending()
    {
        var store = await NewStoreAsync();
        var outbox = Outbox(store);
        var job = NewJob();
        var other = NewJob();
        var ids = await EnqueueAsync(store, job, other);
        var row = Delivery(job.Id, ids[0]);
        await outbox.AddWebhookDeliveriesAsync([row], ids[^1], Ct);

        var whilePending = await outbox.ResendWebhookDeliveryAsync(job.Id, row.Id, T0, Ct);
        await outbox.RecordWebhookAttemptAsync(new WebhookAttempt(row.Id, WebhookDeliveryStatus.Failed, 5, null, 500, "gave up", T0.AddMinutes(1), null), Ct);
        var asOtherJob = await outbox.ResendWebhookDeliveryAsync(other.Id, row.Id, T0.AddMinutes(2), Ct);
        var resent = await outbox.ResendWebhookDeliveryAsync(job.Id, row.Id, T0.AddMinutes(2), Ct);

        Assert.Null(whilePending);
        Assert.Null(asOtherJob);
        Assert.NotNull(resent);
        Assert.Equal((WebhookDeliveryStatus.Pending, 0, T0.AddMinutes(2)), (resent.Status, resent.Attempts, resent.NextAttemptUtc));
        Assert.Null(resent.CompletedUtc);
        Assert.Equal(row.Id, Assert.Single(await outbox.ClaimDueWebhooksAsync(T0.AddMinutes(2), T0.AddMinutes(3), 10, Ct)).Id);
    }

    [Fact]
    public async Task WebhookRows_StoreReopened_ArePendingAndDueAgain()
    {
        var store = await NewStoreAsync();
        var job = NewJob();
        var ids = await EnqueueAsync(store, job);
        var row = Delivery(job.Id, ids[0]);
        await Outbox(store).AddWebhookDeliveriesAsync([row], ids[0], Ct);
        await Outbox(store).RecordWebhookAttemptAsync(new WebhookAttempt(row.Id, WebhookDeliveryStatus.Pending, 1, T0.AddSeconds(1), null, "refused", T0, null), Ct);

        var reopened = await ReopenAsync(store);
        var claimed = await Outbox(reopened).ClaimDueWebhooksAsync(T0.AddSeconds(1), T0.AddMinutes(1), 10, Ct);

        Assert.Equal(ids[0], await Outbox(reopened).GetWebhookCursorAsync(Ct));
        var again = Assert.Single(claimed);
        Assert.Equal(row.Id, again.Id);
        Assert.Equal(1, again.Attempts);
        Assert.Equal("refused", again.LastError);
    }

    [Fact]
    public async Task RecordWebhookAttempt_JobDeleted_AppendsNoEvent()
    {
        var store = await NewStoreAsync();
        var job = NewJob();
        var ids = await EnqueueAsync(store, job);
        var row = Delivery(job.Id, ids[0]);
        await Outbox(store).AddWebhookDeliveriesAsync([row], ids[0], Ct);
        await store.DeleteAsync(new JobDeletion([Core.Jobs.JobStatus.Queued]), T0, Ct);
        var lastBefore = await store.GetLastEventIdAsync(Ct);

        var failed = new NewJobEvent(job.Id, JobEventTypes.WebhookFailed, EventLevel.Warning, "failed", [], T0);
        await Outbox(store).RecordWebhookAttemptAsync(new WebhookAttempt(row.Id, WebhookDeliveryStatus.Failed, 1, null, 410, "gone", T0, failed), Ct);

        Assert.Equal(lastBefore, await store.GetLastEventIdAsync(Ct));
        Assert.Equal(WebhookDeliveryStatus.Failed, Assert.Single(await Outbox(store).ListWebhookDeliveriesAsync(job.Id, Ct)).Status);
    }
}
