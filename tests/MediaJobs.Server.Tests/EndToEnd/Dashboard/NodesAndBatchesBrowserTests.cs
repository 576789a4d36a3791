using System.Net;
using MediaJobs.Server.Tests.Support;
using Microsoft.Playwright;

namespace MediaJobs.Server.Tests.EndToEnd.Dashboard;

/// <summary>Issue 14's multi-node parts in headless Chromium against the real server: nodes, batches, the node of a step.</summary>
[Trait("Tier", "EndToEnd")]
public sealed class NodesAndBatchesBrowserTests(DashboardSite site) : IClassFixture<DashboardSite>
{
    private const string LongPattern = """{"type":"diagnostics","preset":"test-pattern","inputs":{"durationSec":120,"width":160,"height":120,"fps":10,"realtime":true}}""";

    [Fact]
    public async Task NodesPanel_WhileAJobRuns_ShowsThisNodeLiveRunningIt_ThenNothing()
    {
        var node = await NodeNameAsync();
        var id = await site.Api.SubmitAsync(LongPattern);
        await site.Api.WaitForRunningAsync(id);
        var page = await site.NewPageAsync();

        await page.GotoAsync(site.Url("/system"));

        var row = page.Locator($"table.nodes tr[data-node='{node}']");
        await Assertions.Expect(row.GetByTestId("node-running")).ToHaveTextAsync("1");
        await Assertions.Expect(row.Locator(".badge")).ToHaveTextAsync("Live");
        await Assertions.Expect(row).ToContainTextAsync("diagnostics ×");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Nodes sharing this store" })).ToBeVisibleAsync();
        await row.ScrollIntoViewIfNeededAsync();
        await DashboardSite.ScreenshotAsync(page, "system-nodes");
        await site.Api.CancelAndWaitAsync(id);
        await Assertions.Expect(row.GetByTestId("node-running")).ToHaveTextAsync("0");
    }

    [Fact]
    public async Task BatchesView_ShowsABatchRunning_ThenItsAggregateProgressReaches100_AndLinksToItsJobs()
    {
        var pattern = """{"type":"diagnostics","preset":"test-pattern","inputs":{"durationSec":6,"width":160,"height":120,"fps":10,"realtime":true}}""";
        using var submit = await site.Api.PostJsonAsync("/api/jobs/batch", $$"""{"name":"nightly renders","jobs":[{"type":"noop"},{{pattern}}]}""");
        Assert.Equal(HttpStatusCode.Accepted, submit.StatusCode);
        var batchId = (await submit.ReadJsonAsync())["batchId"]!.GetValue<string>();
        var page = await site.NewPageAsync();

        await page.GotoAsync(site.Url("/batches"));

        var row = page.Locator($"tr[data-batch-id='{batchId}']");
        var progress = row.GetByRole(AriaRole.Progressbar, new() { Name = "Batch nightly renders progress" });
        // The realtime render takes 6 s: the row is seen running before it is done, then at 100 %.
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Running");
        var during = int.Parse((await progress.GetAttributeAsync("aria-valuenow"))!, System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Succeeded", new() { Timeout = (float)DashboardSite.Timeout.TotalMilliseconds });
        await Assertions.Expect(progress).ToHaveAttributeAsync("aria-valuenow", "100");
        await Assertions.Expect(row.Locator("[data-count=succeeded]")).ToHaveTextAsync("2");
        await DashboardSite.ScreenshotAsync(page, "batches");
        Assert.InRange(during, 0, 99);

        await row.GetByRole(AriaRole.Link, new() { Name = $"Jobs of batch nightly renders ({batchId})" }).ClickAsync();

        await page.WaitForURLAsync($"**/jobs?batchId={batchId}");
        await Assertions.Expect(page.Locator("tr[data-job-id]")).ToHaveCountAsync(2);
    }

    [Fact]
    public async Task JobPage_ShowsTheNodeThatRanEachStep()
    {
        var node = await NodeNameAsync();
        var id = await site.Api.SubmitNoopAsync(3);
        var job = await site.Api.WaitForFinalAsync(id);
        Assert.Equal("Succeeded", job["status"]!.GetValue<string>());
        var page = await site.NewPageAsync();

        await page.GotoAsync(site.Url($"/jobs/{id}"));

        var table = page.GetByRole(AriaRole.Table, new() { Name = "Steps" });
        await Assertions.Expect(table.GetByRole(AriaRole.Columnheader, new() { Name = "Node" })).ToBeVisibleAsync();
        foreach (var step in new[] { "noop-1", "noop-2", "noop-3" })
        {
            await Assertions.Expect(table.Locator($"tr[data-step={step}] td[data-step-node]")).ToHaveTextAsync(node);
        }
        await DashboardSite.ScreenshotAsync(page, "job-steps-node");
    }

    private async Task<string> NodeNameAsync() =>
        Assert.Single((await site.Api.GetJsonAsync("/api/nodes"))["nodes"]!.AsArray())!["name"]!.GetValue<string>();
}
