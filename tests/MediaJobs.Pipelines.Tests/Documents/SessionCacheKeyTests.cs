using MediaJobs.Pipelines.Documents;
using MediaJobs.Pipelines.Documents.Cache;
using MediaJobs.Pipelines.Documents.Templating;

namespace MediaJobs.Pipelines.Tests.Documents;

/// <summary>The session's cache key changes with every input that changes the results, and only with those.</summary>
[Trait("Tier", "Fast")]
public sealed class SessionCacheKeyTests : IDisposable
{
    private const string Providers = "transcription=none;template_filler=offline";
    private static readonly DocumentTemplate Template = new("Session", "d", [new TemplateField("title", "The title")], "# {{title}}", "Session.md");
    private readonly string _folder = Directory.CreateTempSubdirectory("mediajobs-session-key-").FullName;
    private readonly SessionRequest _base;

    public SessionCacheKeyTests()
    {
        File.Copy(Path.Combine(DocumentHarness.FixturesDirectory, "text.pdf"), Path.Combine(_folder, "slides.pdf"));
        File.WriteAllText(Path.Combine(_folder, "talk.mp4"), "not really a video");
        _base = new SessionRequest(
            "Talk", ["Alice", "Bob"], "2026-05-12", Path.Combine(_folder, "slides.pdf"), [Path.Combine(_folder, "talk.mp4"), "https://example.com/v.mp4"],
            "Session", "eng", ExtractionMethod.Native, UseCache: true);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private Task<string> KeyAsync(SessionRequest request, DocumentTemplate? template = null, string providers = Providers) =>
        SessionCacheKey.ComputeAsync(request, template ?? Template, providers, CancellationToken.None);

    [Fact]
    public async Task Key_SameInputs_IsStable_AndUseCacheItselfIsNotPartOfIt()
    {
        var key = await KeyAsync(_base);

        Assert.Equal(key, await KeyAsync(_base with { Speakers = ["Alice", "Bob"] }));
        Assert.Equal(key, await KeyAsync(_base with { UseCache = false }));
        Assert.Matches("^[0-9a-f]{64}$", key);
    }

    public static TheoryData<string> Inputs =>
    [
        "title", "speakers", "speaker order", "date", "template", "language", "extraction_method", "media list", "media URL",
        "template text", "template fields", "transcription", "template filler", "slides content", "no slides", "media size", "media mtime",
    ];

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task Key_OneInputChanged_IsAnotherKey(string input)
    {
        var before = await KeyAsync(_base);
        var media = Path.Combine(_folder, "talk.mp4");

        var after = input switch
        {
            "title" => await KeyAsync(_base with { Title = "Talk 2" }),
            "speakers" => await KeyAsync(_base with { Speakers = ["Alice"] }),
            "speaker order" => await KeyAsync(_base with { Speakers = ["Bob", "Alice"] }),
            "date" => await KeyAsync(_base with { Date = "2026-05-13" }),
            "template" => await KeyAsync(_base with { Template = "Summary" }),
            "language" => await KeyAsync(_base with { Language = "deu" }),
            "extraction_method" => await KeyAsync(_base with { SlidesMethod = ExtractionMethod.Combined }),
            "media list" => await KeyAsync(_base with { Media = [_base.Media[0]] }),
            "media URL" => await KeyAsync(_base with { Media = [_base.Media[0], "https://example.com/other.mp4"] }),
            "template text" => await KeyAsync(_base, Template with { Body = "## {{title}}" }),
            "template fields" => await KeyAsync(_base, Template with { Fields = [new TemplateField("title", "The session's title")] }),
            "transcription" => await KeyAsync(_base, providers: "transcription=https://stt.example/v1|whisper-1;template_filler=offline"),
            "template filler" => await KeyAsync(_base, providers: "transcription=none;template_filler=http://llm/v1|m"),
            "slides content" => await Changed(() => File.Copy(Path.Combine(DocumentHarness.FixturesDirectory, "mixed.pdf"), _base.SlidesPath!, overwrite: true)),
            "no slides" => await KeyAsync(_base with { SlidesPath = null }),
            "media size" => await Changed(() => File.AppendAllText(media, "!")),
            "media mtime" => await Changed(() => File.SetLastWriteTimeUtc(media, File.GetLastWriteTimeUtc(media).AddSeconds(-10))),
            _ => throw new ArgumentOutOfRangeException(nameof(input)),
        };

        Assert.True(before != after, $"changing the {input} kept the key");
    }

    private async Task<string> Changed(Action change)
    {
        change();
        return await KeyAsync(_base);
    }
}
