using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.OpenApi;

/// <summary>docs/api.md and the OpenAPI document name the same routes, so neither can drift from the other.</summary>
[Trait("Tier", "Fast")]
public sealed class ApiReferenceDriftTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    /// <summary>Operations the document has that docs/api.md deliberately does not head or tabulate, each with why.</summary>
    private static readonly Dictionary<(string Method, string Path), string> NotInReference = new()
    {
    };

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ReferenceRoutes_MatchTheDocumentsOperations()
    {
        var reference = ApiReferenceRoutes.Parse(await File.ReadAllLinesAsync(ApiReferenceRoutes.MarkdownPath));

        var document = (await ServedDocument.LoadAsync(_client)).Operations()
            .Select(o => (o.Method, Path: ServedDocument.NormalizePath(o.Path)))
            .ToHashSet();

        Assert.True(reference.Count > 40, $"only {reference.Count} routes parsed from docs/api.md");
        var onlyInReference = reference.Keys.Where(r => !document.Contains(r)).Select(r => $"{r.Method} {r.Path} (from: {reference[r]})").Order().ToList();
        var onlyInDocument = document.Where(r => !reference.ContainsKey(r) && !NotInReference.ContainsKey(r)).Select(r => $"{r.Method} {r.Path}").Order().ToList();
        var staleExceptions = NotInReference.Keys.Where(r => reference.ContainsKey(r) || !document.Contains(r)).Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.True(onlyInReference.Count == 0, "docs/api.md documents routes the app does not serve:\n" + string.Join('\n', onlyInReference));
        Assert.True(onlyInDocument.Count == 0, "the app serves routes docs/api.md does not document:\n" + string.Join('\n', onlyInDocument));
        Assert.True(staleExceptions.Count == 0, "exceptions no longer needed:\n" + string.Join('\n', staleExceptions));
    }

    [Theory]
    [InlineData("### `GET /api/jobs/{jobId}/output[?name=<artifact>]` — download", "GET /api/jobs/{}/output")]
    [InlineData("| `GET /api/jobs/:id/events?after=N` | answer |", "GET /compat/moneyprinter/api/jobs/{}/events")]
    [InlineData("| `POST /api/queue/pause`, `POST /api/queue/resume` | answer `GET /api/other` |", "POST /compat/moneyprinter/api/queue/pause|POST /compat/moneyprinter/api/queue/resume")]
    [InlineData("| `GET /api/v1/status/<job_id>` | answer |", "GET /compat/moneyprinter/api/v1/status/{}")]
    [InlineData("- `POST /api/jobs/` `{\"name\": …}` → `202`", "POST /compat/moneyprinter/api/jobs")]
    public void Parse_ReadsHeadingsTableCellsAndBullets_UnderTheSectionsBase(string line, string expected)
    {
        var routes = ApiReferenceRoutes.Parse(["### Seed 001 (`MoneyPrinter`, base `/compat/moneyprinter`)", line]);

        Assert.Equal(expected.Split('|').Order(), routes.Keys.Select(k => $"{k.Method} {k.Path}").Order());
    }

    [Fact]
    public void Parse_IgnoresProseMentions_AndResetsTheBaseAtEachHeading()
    {
        var routes = ApiReferenceRoutes.Parse(
        [
            "### Seed 001 (`MoneyPrinter`, base `/compat/moneyprinter`)",
            "Send `POST /api/generate` first; then poll.",
            "### Queue",
            "- `GET /api/queue` → `{paused}`",
        ]);

        Assert.Equal([("GET", "/api/queue")], routes.Keys);
    }
}
