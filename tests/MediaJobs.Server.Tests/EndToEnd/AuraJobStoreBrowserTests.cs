using System.Text.Json.Nodes;
using MediaJobs.Testing;
using Xunit.Abstractions;

namespace MediaJobs.Server.Tests.EndToEnd;

/// <summary>
/// A page written here (EndToEnd/Pages/aura-jobstore.html) that makes the calls of Aura Video Studio's job store and
/// SSE client (state/jobs.ts, services/api/sseClient.ts) and of its render drawer's EventSource, in their order, from
/// another loopback origin in headless Chromium against a real server process: the store reads <c>artifacts</c> from
/// <c>job-completed</c> and closes, the drawer closes 1 s later, and neither sees an error nor reconnects.
/// </summary>
[Trait("Tier", "EndToEnd")]
public sealed class AuraJobStoreBrowserTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task JobStoreAndDrawer_StreamToJobCompleted_ReadArtifactsWithoutReconnectOrConsoleError()
    {
        var root = Directory.CreateTempSubdirectory("mediajobs-aura-page-").FullName;
        try
        {
            await using var server = await ServerProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll"), Path.Combine(root, "data"), new Dictionary<string, string>
            {
                ["MediaJobs:Engine:PollInterval"] = "00:00:00.050",
                ["MediaJobs:Engine:ProgressInterval"] = "00:00:00.100",
                ["MediaJobs:Http:SseHeartbeatSeconds"] = "0.2",
            });
            await using var pages = StaticPageServer.Start(new Dictionary<string, (string, byte[])>
            {
                ["/"] = ("text/html", await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "EndToEnd", "Pages", "aura-jobstore.html"))),
            });
            var api = server.Client.BaseAddress!.ToString().TrimEnd('/');

            var result = await RunPageAsync($"{pages.Origin}/?api={Uri.EscapeDataString(api)}");

            Assert.Null((string?)result["failure"]);
            Assert.Equal(["POST /api/jobs", "GET /api/jobs/{id}/events (store)", "GET /api/jobs/{id}/events (drawer)", "GET /api/jobs", "GET /api/jobs/{id}"],
                result["calls"]!.AsArray().Select(c => (string?)c));
            Assert.Empty(result["consoleErrors"]!.AsArray());
            Assert.Equal((1, 1), ((int)result["connects"]!["store"]!, (int)result["connects"]!["drawer"]!));
            Assert.Equal((0, 0), ((int)result["nativeErrors"]!["store"]!, (int)result["nativeErrors"]!["drawer"]!));
            Assert.Equal("job-completed", (string?)result["storeEvents"]!.AsArray()[^1]);

            var job = result["job"]!;
            Assert.Equal(("Done", 100), ((string?)job["status"], (int)job["percent"]!));
            var artifact = job["artifacts"]!.AsArray().Single(a => (string?)a!["type"] == "video/mp4")!;
            Assert.True(File.Exists((string)artifact["path"]!), (string?)artifact["path"]);
            Assert.Equal(new FileInfo((string)artifact["path"]!).Length, (long)artifact["sizeBytes"]!);
            Assert.Equal((string?)artifact["path"], (string?)job["outputPath"]);

            foreach (var entry in new[] { result["listed"]!, result["got"]! })
            {
                Assert.Equal((string?)result["jobId"], (string?)entry["id"]);
                Assert.Equal(("Done", "Succeeded", "Complete", 100), ((string?)entry["state"], (string?)entry["status"], (string?)entry["stage"], (int)entry["percent"]!));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task WizardGenerate_RealBodyFromAnotherOrigin_Accepted202WithTheMappedRequestAndItsWarnings()
    {
        var root = Directory.CreateTempSubdirectory("mediajobs-aura-wizard-").FullName;
        try
        {
            await using var server = await ServerProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll"), Path.Combine(root, "data"), new Dictionary<string, string>());
            await using var pages = StaticPageServer.Start(new Dictionary<string, (string, byte[])>
            {
                ["/"] = ("text/html", "<!doctype html><title>wizard</title>"u8.ToArray()),
            });
            var api = server.Client.BaseAddress!.ToString().TrimEnd('/');
            // The body CreateWizard.tsx's handleGenerate sends (PT3M, pause "Short", pitch 0, res as an object, a cloud voice name).
            var body = Compat.AuraPageBodies.Wizard().ToJsonString();
            await using var chromium = await HeadlessChromium.StartAsync();
            var page = await chromium.NewPageAsync();
            await page.GotoAsync(pages.Origin + "/");

            // As axios posts it from Aura's own origin: JSON, cross-origin to the API.
            var answer = JsonNode.Parse(await page.EvaluateAsync<string>(
                """
                async ([api, body]) => {
                  const r = await fetch(api + "/api/jobs", { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json, text/plain, */*" }, body });
                  return JSON.stringify({ status: r.status, body: await r.json() });
                }
                """, new[] { api, body }))!;
            output.WriteLine(answer.ToJsonString());

            Assert.Equal(202, (int)answer["status"]!);
            var jobId = (string)answer["body"]!["jobId"]!;
            using var cancel = await server.Client.PostAsync($"/api/jobs/{jobId}/cancel", null);
            Assert.True(cancel.IsSuccessStatusCode, await cancel.Content.ReadAsStringAsync());
            var job = JsonNode.Parse(await server.Client.GetStringAsync($"/api/jobs/{jobId}"))!;
            Assert.Equal((jobId, "video"), ((string?)job["id"], (string?)job["type"]));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private async Task<JsonObject> RunPageAsync(string url)
    {
        await using var chromium = await HeadlessChromium.StartAsync();
        var page = await chromium.NewPageAsync();
        page.Console += (_, message) => output.WriteLine($"console {message.Type}: {message.Text}");
        await page.GotoAsync(url);
        await page.WaitForFunctionAsync("() => window.result !== undefined", null, new() { Timeout = (float)Timeout.TotalMilliseconds, PollingInterval = 250 });
        var json = await page.EvaluateAsync<string>("() => JSON.stringify(window.result)");
        output.WriteLine(json);
        return JsonNode.Parse(json)!.AsObject();
    }
}
