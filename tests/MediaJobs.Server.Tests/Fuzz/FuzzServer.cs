using System.Net;
using System.Net.Http.Headers;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Fuzz;

/// <summary>
/// A keyless server (the caller is admin) with a media root and its queue paused, so the bodies the fuzz gets
/// accepted are stored but never run (ShrinkRay's submit resumes the queue, as the real server does, so it is paused
/// again after every accepted body); <see cref="CountJobsAsync"/> counts every job.
/// </summary>
public sealed class FuzzServer : IAsyncLifetime
{
    public string MediaRoot { get; } = Path.Combine(Path.GetTempPath(), "mediajobs-fuzz-" + Guid.NewGuid().ToString("N"));

    public MediaJobsServerFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(MediaRoot);
        Factory = new MediaJobsServerFactory(null, new Dictionary<string, string?> { ["MediaJobs:MediaRoots:0"] = MediaRoot });
        Client = Factory.CreateClient();
        await PauseAsync();
    }

    private async Task PauseAsync()
    {
        using var paused = await Client.PostAsync("/api/queue/pause", null);
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
    }

    public async Task<int> CountJobsAsync() => (int)(await Client.GetJsonAsync("/api/jobs?limit=1"))["total"]!;

    /// <summary>Sends <paramref name="body"/> to <paramref name="route"/>; a mishandled answer is added to <paramref name="failures"/>.</summary>
    internal async Task ExpectAsync(BodyRoute route, byte[] body, string what, bool mustRefuse, List<string> failures, HttpStatusCode? expected = null, string contentType = "application/json")
    {
        var before = await CountJobsAsync();
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.Path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (response.IsSuccessStatusCode)
        {
            await PauseAsync();
        }
        var after = await CountJobsAsync();
        var status = (int)response.StatusCode;
        var label = $"{route} with {what}";
        try
        {
            Assert.True(status < 500, $"{label}: {status} {SurfaceShape.Cut(text)}");
            Assert.False(mustRefuse && status < 400, $"{label}: accepted ({status})");
            Assert.True(expected is null || expected == response.StatusCode, $"{label}: {status}, expected {(int?)expected}");
            if (status >= 400)
            {
                SurfaceShape.AssertError(route.Path, response.StatusCode, response, text, label);
                Assert.True(before == after, $"{label}: answered {status} yet the job count went from {before} to {after}");
            }
        }
        catch (Xunit.Sdk.XunitException ex)
        {
            failures.Add(ex.Message);
        }
    }

    /// <summary>Every list a client reads: the native pages and each surface's own (finding 4: one job broke them all).</summary>
    public async Task AssertListsReadableAsync()
    {
        string[] lists = ["/api/jobs?limit=500", "/api/jobs/batches?limit=500", "/compat/shrinkray/api/jobs", "/api/v1/jobs", "/compat/shrinkray/api/stats"];
        foreach (var url in lists)
        {
            using var response = await Client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {SurfaceShape.Cut(await response.Content.ReadAsStringAsync())}");
        }
        var total = await CountJobsAsync();
        for (var offset = 0; offset < total; offset += 500)
        {
            using var page = await Client.GetAsync($"/api/jobs?limit=500&offset={offset}");
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"page at {offset}: {(int)page.StatusCode}");
        }
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Directory.Delete(MediaRoot, recursive: true);
    }
}
