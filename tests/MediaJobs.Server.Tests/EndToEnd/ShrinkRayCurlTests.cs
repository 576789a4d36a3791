using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Compat;
using MediaJobs.Testing;

namespace MediaJobs.Server.Tests.EndToEnd;

/// <summary>Seed 002's curl examples, unchanged but for the address, against the real server with the surface on its own port.</summary>
public sealed class ShrinkRayCurlTests
{
    [Fact]
    public async Task SeedCurlExamples_ClearAndClearCompleted_AnswerTheDocumentedShape()
    {
        var data = Path.Combine(Path.GetTempPath(), "mediajobs-shrinkray-curl-" + Guid.NewGuid().ToString("N"));
        var url = $"http://127.0.0.1:{ServerProcess.FreeLoopbackPort()}";
        var server = await ServerProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll"), data, new Dictionary<string, string>
        {
            ["MediaJobs:Compat:ShrinkRay:Url"] = url,
        });
        try
        {
            string[] examples =
            [
                "curl -X POST http://localhost:8080/api/jobs/clear",
                "curl -X POST http://localhost:8080/api/jobs/clear?status=complete",
            ];
            foreach (var example in examples)
            {
                var args = example.Replace("http://localhost:8080", url, StringComparison.Ordinal).Split(' ')[1..];
                var (code, output) = await ShrinkRayCompatTests.RunAsync("curl", ["-s", "--fail-with-body", .. args]);

                Assert.True(code == 0, output);
                var body = JsonNode.Parse(output)!.AsObject();
                Assert.Equal(["cleared", "message"], body.Select(p => p.Key));
                Assert.Equal(0, (int)body["cleared"]!);
                Assert.Equal("Cleared 0 jobs", (string?)body["message"]);
            }
        }
        finally
        {
            await server.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }
}
