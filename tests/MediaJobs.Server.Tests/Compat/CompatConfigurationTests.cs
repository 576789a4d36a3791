using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary><c>MediaJobs:Compat:&lt;Name&gt;</c>: a surface can be switched off or moved to another base path.</summary>
[Trait("Tier", "Fast")]
public sealed class CompatConfigurationTests
{
    [Fact]
    public async Task DisabledSurface_IsGone_OthersStillAnswer()
    {
        using var factory = new MediaJobsServerFactory(null, new Dictionary<string, string?>
        {
            ["MediaJobs:Compat:MoneyPrinter:Enabled"] = "false",
            ["MediaJobs:Compat:TextToVideo:Enabled"] = "false",
        });
        using var client = factory.CreateClient();

        using var moneyPrinter = await client.PostJsonAsync("/compat/moneyprinter/api/generate", """{"videoSubject": "off"}""");
        using var textToVideo = await client.PostJsonAsync("/api/v1/generate", """{"text": "off"}""");
        using var shrinkRay = await client.GetAsync("/compat/shrinkray/api/stats");

        await moneyPrinter.AssertProblemAsync(HttpStatusCode.NotFound);
        await textToVideo.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, shrinkRay.StatusCode);
        Assert.DoesNotContain("/compat/moneyprinter", await client.GetStringAsync("/openapi/v1.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BasePath_MovesTheSurface()
    {
        using var factory = new MediaJobsServerFactory(null, new Dictionary<string, string?>
        {
            ["MediaJobs:Compat:ShrinkRay:BasePath"] = "/shrink",
        });
        using var client = factory.CreateClient();

        using var moved = await client.GetAsync("/shrink/api/stats");
        using var old = await client.GetAsync("/compat/shrinkray/api/stats");

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(["pending", "running", "complete", "failed", "cancelled", "skipped", "total", "total_saved", "session_saved", "lifetime_saved"],
            (await moved.ReadJsonAsync()).Select(p => p.Key));
        await old.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
