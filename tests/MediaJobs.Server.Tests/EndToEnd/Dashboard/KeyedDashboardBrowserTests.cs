using System.Net.Http.Headers;
using MediaJobs.Server.Tests.Support;
using Microsoft.Playwright;

namespace MediaJobs.Server.Tests.EndToEnd.Dashboard;

/// <summary>A keyed server: the page asks for a key, refuses a wrong one, and with a right one works live (SSE via stream tokens).</summary>
[Trait("Tier", "EndToEnd")]
public sealed class KeyedDashboardBrowserTests(KeyedDashboardSite site) : IClassFixture<KeyedDashboardSite>
{
    [Fact]
    public async Task WithoutAKey_ThePageAsksForOne_AndAWrongKeyIsRefused()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/jobs"));

        await Assertions.Expect(page.GetByLabel("API key")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("table.jobs").CountAsync());
        await page.GetByLabel("API key").FillAsync("not-a-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("refused");
        Assert.Equal(0, await page.Locator("table.jobs").CountAsync());
    }

    [Fact]
    public async Task WithAKey_JobsShowLive_KeyStaysOutOfUrls_AndAdminControlsAreHiddenForAPlainKey()
    {
        using var bob = new HttpClient { BaseAddress = site.Server.BaseAddress };
        bob.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", KeyedDashboardSite.BobKey);
        var page = await site.NewPageAsync();
        var urls = new List<string>();
        page.Request += (_, request) => urls.Add(request.Url);
        await page.GotoAsync(site.Url("/jobs"));
        await page.GetByLabel("API key").FillAsync(KeyedDashboardSite.BobKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".live.on")).ToBeVisibleAsync();

        // A job submitted elsewhere appears through the live stream (EventSource with a stream token).
        var id = await bob.SubmitNoopAsync(1);
        await page.Locator($"tr[data-job-id='{id}'][data-status=Succeeded]").WaitForAsync();

        Assert.Contains(urls, u => u.Contains("/api/jobs/stream?access_token=", StringComparison.Ordinal));
        Assert.DoesNotContain(urls, u => u.Contains(KeyedDashboardSite.BobKey, StringComparison.Ordinal));
        await page.GotoAsync(site.Url("/system"));
        await Assertions.Expect(page.GetByTestId("queue-state")).ToHaveTextAsync("Running");
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Pause queue" }).CountAsync());
    }

    [Fact]
    public async Task JobDetail_FollowsAndPlaysTheJob_WithTokensMadeForThatJob()
    {
        using var bob = new HttpClient { BaseAddress = site.Server.BaseAddress };
        bob.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", KeyedDashboardSite.BobKey);
        var page = await site.NewPageAsync();
        var answers = new System.Collections.Concurrent.ConcurrentQueue<(string Url, int Status)>();
        page.Response += (_, response) => answers.Enqueue((response.Url, response.Status));
        await page.GotoAsync(site.Url("/jobs"));
        await page.GetByLabel("API key").FillAsync(KeyedDashboardSite.BobKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".live.on")).ToBeVisibleAsync();

        // Realtime: the job runs for five seconds, so the page opens its event stream while it runs.
        var id = await bob.SubmitAsync("""{"type":"diagnostics","preset":"test-pattern","inputs":{"durationSec":5,"width":160,"height":120,"realtime":true}}""");
        await page.GotoAsync(site.Url($"/jobs/{id}"));
        await page.Locator("video.player").WaitForAsync(new() { Timeout = (float)ApiClient.VideoTimeout.TotalMilliseconds });
        await page.WaitForFunctionAsync("() => document.querySelector('video.player').readyState >= 1");

        var tokened = answers.Where(a => a.Url.Contains("access_token=", StringComparison.Ordinal)).ToList();
        Assert.Contains(tokened, a => a.Url.Contains($"/api/jobs/{id}/events?", StringComparison.Ordinal) && a.Status == 200);
        Assert.Contains(tokened, a => a.Url.Contains($"/api/jobs/{id}/output?", StringComparison.Ordinal) && a.Status is 200 or 206);
        Assert.DoesNotContain(tokened, a => a.Status is 401 or 403);
    }

    [Fact]
    public async Task AdminKey_SeesTheQueueControls()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/system"));
        await page.GetByLabel("API key").FillAsync(KeyedDashboardSite.RootKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Pause queue" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".who")).ToContainTextAsync("root (admin)");
    }
}
