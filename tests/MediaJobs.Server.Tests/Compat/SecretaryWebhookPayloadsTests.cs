using System.Text.Json.Nodes;
using MediaJobs.Core.Engine;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Webhooks;
using MediaJobs.Server.Api.Webhooks;
using MediaJobs.Server.Compat.Secretary;
using MediaJobs.Server.Webhooks;

namespace MediaJobs.Server.Tests.Compat;

[Trait("Tier", "Fast")]
public sealed class SecretaryWebhookPayloadsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly JobWebhookPayloads _native = new(new PipelineRegistry([]));

    private static readonly Job Document = new()
    {
        Id = "job-1",
        Type = "document",
        Results = new JsonObject { ["structured_data"] = new JsonObject { ["extracted_text"] = "hello" }, ["target_dir"] = "/x" },
    };

    private static JobEvent Completed() => new(1, "job-1", JobEventTypes.JobCompleted, EventLevel.Info, "m", [], T0);

    [Fact]
    public void Build_Completed_DataIsStructuredDataWhenTheJobHasIt()
    {
        var body = new SecretaryWebhookPayloads(_native).Build(Document, new WebhookTarget("https://x.example/h", null, "client-9"), Completed())!;

        Assert.Equal("completed", (string?)body["phase"]);
        Assert.Equal("hello", (string?)body["data"]!["extracted_text"]);
        Assert.Equal("client-9", (string?)body["process"]!["id"]);
    }

    [Fact]
    public void Router_SecretaryTarget_GetsSecretarysBodyAndOthersTheNativeOne()
    {
        var router = new WebhookPayloadRouter(_native, [new SecretaryWebhookPayloads(_native)]);

        var secretary = router.Build(Document, new WebhookTarget("https://x.example/h", Surface: SecretaryWebhookPayloads.SurfaceName), Completed())!;
        var native = router.Build(Document, new WebhookTarget("https://x.example/h"), Completed())!;

        Assert.Equal("hello", (string?)secretary["data"]!["extracted_text"]);
        Assert.Equal("/x", (string?)native["data"]!["target_dir"]);
    }
}
