using MediaJobs.Server.Tests.Compat.CrossSurface;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// Issue 6: a job created through any compat surface is visible, with the same progress and events, through
/// the native API and its global stream — compared while it runs and after it finishes (see <see cref="CrossSurfaceCheck"/>).
/// </summary>
[Trait("Tier", "Media")]
public sealed class CrossSurfaceVisibilityTests(CrossSurfaceServer server) : IClassFixture<CrossSurfaceServer>
{
    private readonly HttpClient _client = server.Factory.CreateClient();

    [Fact]
    public Task MoneyPrinter_GeneratedVideo_IsTheSameJobNativelyAndOnTheGlobalStream() =>
        CrossSurfaceCheck.RunAsync(_client, new MoneyPrinterProbe());

    [Fact]
    public Task TextToVideo_GeneratedVideo_IsTheSameJobNativelyAndOnTheGlobalStream() =>
        CrossSurfaceCheck.RunAsync(_client, new TextToVideoProbe());

    [Fact]
    public Task Secretary_PdfJob_IsTheSameJobNativelyAndOnTheGlobalStream() =>
        CrossSurfaceCheck.RunAsync(_client, new SecretaryProbe(server.Pdf));

    [Fact]
    public Task ShrinkRay_TranscodeJob_IsTheSameJobNativelyAndOnTheGlobalStream() =>
        CrossSurfaceCheck.RunAsync(_client, new ShrinkRayProbe(server));
}
