using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Documents.Extraction;

namespace MediaJobs.Pipelines.Tests.Documents;

/// <summary>One Poppler call per range of pages, on a real 3-page PDF (text, text, scan).</summary>
[Trait("Tier", "Media")]
public sealed class PopplerRangeTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47];
    private readonly string _work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mediajobs-poppler-" + Guid.NewGuid().ToString("N"))).FullName;
    private readonly PopplerClient _poppler = new(new ToolLocator(), new ProcessRunner());

    [Fact]
    public async Task PagesText_OneCall_GivesOneEntryPerPageIncludingTheEmptyScan()
    {
        var pdf = await ThreePagesAsync();

        var pages = await _poppler.PagesTextAsync(pdf, 1, 3, null, CancellationToken.None);

        Assert.Equal(3, pages.Count);
        Assert.Contains("Alice", pages[0], StringComparison.Ordinal);
        Assert.Equal(pages[0], (await _poppler.PagesTextAsync(pdf, 1, 1, null, CancellationToken.None)).Single());
        Assert.True(string.IsNullOrWhiteSpace(pages[2]), pages[2]);
        Assert.DoesNotContain('\f', string.Concat(pages));
    }

    [Fact]
    public async Task RenderPages_Range_WritesExactlyThosePagesAsPng()
    {
        var pdf = await ThreePagesAsync();

        var rendered = await _poppler.RenderPagesAsync(pdf, 2, 3, 36, Path.Combine(_work, "previews"), null, CancellationToken.None);

        Assert.Equal([2, 3], rendered.Select(r => r.Page));
        foreach (var (_, path) in rendered)
        {
            Assert.Equal(PngSignature, File.ReadAllBytes(path)[..4]);
        }
    }

    [Theory]
    [InlineData(0, 2, "")]
    [InlineData(3, 2, "1-3")]
    [InlineData(16, 2, "1-16")]
    [InlineData(40, 2, "1-20 21-40")]
    [InlineData(200, 2, "1-64 65-128 129-192 193-200")]
    [InlineData(5, 0, "1-5")]
    public void PageRanges_SmallDocumentsTakeOneCall_LargeOnesSplitPerWorkerWithACap(int pages, int workers, string expected)
    {
        var ranges = PageRanges.Split(pages, workers);

        Assert.Equal(expected, string.Join(' ', ranges.Select(r => $"{r.First}-{r.Last}")));
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    /// <summary>text.pdf then mixed.pdf (a text page and a scanned one), joined with pdfunite.</summary>
    private async Task<string> ThreePagesAsync()
    {
        var output = Path.Combine(_work, "three.pdf");
        await new ProcessRunner().RunAsync(new ProcessSpec("pdfunite", [Fixture("text.pdf"), Fixture("mixed.pdf"), output]), CancellationToken.None);
        return output;
    }

    private static string Fixture(string name) => Path.Combine(DocumentHarness.FixturesDirectory, name);
}
