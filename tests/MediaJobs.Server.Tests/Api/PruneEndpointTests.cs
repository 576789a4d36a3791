using System.Net;
using System.Security.Cryptography;
using System.Text;
using MediaJobs.Server.Tests.Support;
using MediaJobs.Server.Tests.Telemetry;

namespace MediaJobs.Server.Tests.Api;

/// <summary>
/// <c>POST /api/jobs/prune</c> on a keyed server whose policy deletes succeeded jobs at once (0.000000001 days) and
/// keeps failed ones (0 = for ever); the automatic sweep runs only at start-up (interval 7 days), so each prune here
/// is the request's own.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class PruneEndpointTests : IDisposable
{
    private const string UserKey = "key-user-0123456789";
    private const string AdminKey = "key-admin-0123456789";

    private readonly MediaJobsServerFactory _factory = new(null, new Dictionary<string, string?>
    {
        ["MediaJobs:Auth:Keys:0:Id"] = "user",
        ["MediaJobs:Auth:Keys:0:Key"] = UserKey,
        ["MediaJobs:Auth:Keys:1:Id"] = "admin",
        ["MediaJobs:Auth:Keys:1:KeySha256"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(AdminKey))),
        ["MediaJobs:Auth:Keys:1:Admin"] = "true",
        ["MediaJobs:Retention:SucceededDays"] = "0.000000001",
        ["MediaJobs:Retention:FailedDays"] = "0",
        ["MediaJobs:Retention:BatchSize"] = "1",
        ["MediaJobs:Retention:Interval"] = "7.00:00:00",
    });

    [Fact]
    public async Task Prune_AsAdmin_DeletesSucceededJobsAndTheirFolders_KeepsRunningFailedAndUnfinishedBatches()
    {
        var user = Client(UserKey);
        var admin = Client(AdminKey);
        string[] done = [await user.SubmitNoopAsync(), await user.SubmitNoopAsync()];
        var failed = await user.SubmitAsync("""{"type":"test","preset":"fail"}""");
        var running = await user.SubmitAsync("""{"type":"test","preset":"block"}""");
        using var batch = await user.PostJsonAsync("/api/jobs/batch", """{"name":"open","jobs":[{"type":"noop","inputs":{"steps":1}},{"type":"test","preset":"block"}]}""");
        var batchJobs = (await batch.ReadJsonAsync())["jobIds"]!.AsArray().Select(j => (string)j!).ToArray();
        foreach (var id in done.Append(failed).Append(batchJobs[0]))
        {
            await user.WaitForFinalAsync(id);
        }
        await user.WaitForRunningAsync(running);
        foreach (var id in done)
        {
            // A noop job writes no output; this stands for the outputs and logs a real job leaves in its folder.
            File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(_factory.DataDirectory, "jobs", id, "output")).FullName, "result.txt"), "x");
        }

        using var response = await admin.PostAsync("/api/jobs/prune", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(2, (int)body["deleted"]!);
        Assert.Equal(2, (int)body["byStatus"]!["Succeeded"]!);
        foreach (var id in done)
        {
            using var gone = await user.GetAsync($"/api/jobs/{id}");
            Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
            Assert.False(Directory.Exists(Path.Combine(_factory.DataDirectory, "jobs", id)), id);
        }
        Assert.Equal("Failed", (string?)(await user.GetJobAsync(failed))["status"]);
        Assert.Equal("Running", (string?)(await user.GetJobAsync(running))["status"]);
        Assert.Equal("Succeeded", (string?)(await user.GetJobAsync(batchJobs[0]))["status"]);
        var metrics = new PrometheusText(await admin.GetStringAsync(new Uri("/metrics", UriKind.Relative)));
        Assert.Equal(2, metrics.Value("mediajobs_jobs_pruned_total", "status=Succeeded"));
        foreach (var id in batchJobs.Append(running))
        {
            using var _ = await user.PostAsync($"/api/jobs/{id}/cancel", null);
        }
    }

    [Fact]
    public async Task Prune_WithAPlainKey_Is403_AndDeletesNothing()
    {
        var user = Client(UserKey);
        var done = await user.SubmitNoopAsync();
        await user.WaitForFinalAsync(done);

        using var response = await user.PostAsync("/api/jobs/prune", null);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Succeeded", (string?)(await user.GetJobAsync(done))["status"]);
    }

    private HttpClient Client(string key)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public void Dispose() => _factory.Dispose();
}
