using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Testing;

namespace MediaJobs.Server.Tests.EndToEnd;

/// <summary>A surface on its own port answers at its documented root paths, and only it does.</summary>
[Trait("Tier", "EndToEnd")]
public sealed class CompatPortTests
{
    [Fact]
    public async Task OwnPorts_ServeTheirSurfaceAtRootPathsAndNothingElse()
    {
        var data = Path.Combine(Path.GetTempPath(), "mediajobs-compat-ports-" + Guid.NewGuid().ToString("N"));
        var moneyPrinter = $"http://127.0.0.1:{ServerProcess.FreeLoopbackPort()}";
        var textToVideo = $"http://127.0.0.1:{ServerProcess.FreeLoopbackPort()}";
        var secretary = $"http://127.0.0.1:{ServerProcess.FreeLoopbackPort()}";
        var shrinkRay = $"http://127.0.0.1:{ServerProcess.FreeLoopbackPort()}";
        var server = await ServerProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll"), data, new Dictionary<string, string>
        {
            ["MediaJobs:Compat:MoneyPrinter:Url"] = moneyPrinter,
            ["MediaJobs:Compat:TextToVideo:Url"] = textToVideo,
            ["MediaJobs:Compat:Secretary:Url"] = secretary,
            ["MediaJobs:Compat:ShrinkRay:Url"] = shrinkRay,
        });
        using var client = new HttpClient();
        try
        {
            using var seed001 = await client.GetAsync($"{moneyPrinter}/api/jobs/a1b2c3d4-e5f6-7890-abcd-ef1234567890");
            using var nativeOn001 = await client.GetAsync($"{moneyPrinter}/api/stats");
            using var seed004 = await client.GetAsync($"{textToVideo}/api/v1/jobs");
            using var nativeOn004 = await client.GetAsync($"{textToVideo}/api/jobs");
            using var seed003 = await client.GetAsync($"{secretary}/api/jobs/batch/unknown-batch");
            using var nativeOn003 = await client.GetAsync($"{secretary}/api/stats");
            using var prefixedOnMain = await server.Client.GetAsync("/_port/moneyprinter/api/jobs/a1b2c3d4-e5f6-7890-abcd-ef1234567890");
            using var seed002 = await client.GetAsync($"{shrinkRay}/api/stats");
            using var seed002Job = await client.GetAsync($"{shrinkRay}/api/jobs/1705432100000-1");
            using var shrinkRayOnMain = await server.Client.GetAsync("/compat/shrinkray/api/jobs");
            using var basePathOnMain = await server.Client.GetAsync("/compat/moneyprinter/api/jobs/a1b2c3d4-e5f6-7890-abcd-ef1234567890");

            Assert.Equal(HttpStatusCode.NotFound, seed001.StatusCode);
            Assert.Equal("""{"status":"error","message":"Job not found."}""", await seed001.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.NotFound, nativeOn001.StatusCode);
            var notHere = JsonNode.Parse(await nativeOn001.Content.ReadAsStringAsync())!;
            Assert.Equal("/api/stats", (string?)notHere["instance"]);
            Assert.Equal("Nothing is found at GET /api/stats.", (string?)notHere["detail"]);
            Assert.Equal(HttpStatusCode.OK, seed004.StatusCode);
            Assert.NotNull(JsonNode.Parse(await seed004.Content.ReadAsStringAsync())!["jobs"]);
            Assert.Equal(HttpStatusCode.NotFound, nativeOn004.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, seed003.StatusCode);
            Assert.Equal("error", (string?)JsonNode.Parse(await seed003.Content.ReadAsStringAsync())!["status"]);
            Assert.Equal(HttpStatusCode.NotFound, nativeOn003.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, prefixedOnMain.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, basePathOnMain.StatusCode);
            Assert.Equal("""{"status":"error","message":"Job not found."}""", await basePathOnMain.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, seed002.StatusCode);
            Assert.NotNull(JsonNode.Parse(await seed002.Content.ReadAsStringAsync())!["lifetime_saved"]);
            Assert.Equal(HttpStatusCode.NotFound, seed002Job.StatusCode);
            Assert.Equal("""{"error":"job not found"}""", await seed002Job.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, shrinkRayOnMain.StatusCode);
        }
        finally
        {
            await server.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }
}
