using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Pipelines.Documents.Cache;
using MediaJobs.Pipelines.Documents.Extraction;
using MediaJobs.Pipelines.Documents.Templating;

namespace MediaJobs.Pipelines.Tests.Documents;

[Trait("Tier", "Fast")]
public sealed class DocumentUnitTests
{
    [Fact]
    public void PopplerArgs_Lists_AreExact()
    {
        Assert.Equal(["-f", "3", "-l", "3", "-layout", "-enc", "UTF-8", "-eol", "unix", "/in/a b.pdf", "-"], PopplerArgs.PdfToText("/in/a b.pdf", 3));
        Assert.Equal(["-f", "2", "-l", "2", "-r", "300", "-png", "-gray", "-singlefile", "/in/a.pdf", "/w/p"], PopplerArgs.PdfToPng("/in/a.pdf", 2, 300, "/w/p", gray: true));
        Assert.Equal(["-f", "1", "-l", "1", "-r", "36", "-png", "-singlefile", "/in/a.pdf", "/w/p"], PopplerArgs.PdfToPng("/in/a.pdf", 1, 36, "/w/p", gray: false));
        Assert.Equal(["-f", "2", "-l", "9", "-layout", "-enc", "UTF-8", "-eol", "unix", "/in/a.pdf", "-"], PopplerArgs.PdfToText("/in/a.pdf", 2, 9));
        Assert.Equal(["-f", "1", "-l", "12", "-r", "36", "-png", "/in/a.pdf", "/w/page"], PopplerArgs.PdfToPngs("/in/a.pdf", 1, 12, 36, "/w/page"));
        Assert.Equal(["-png", "-p", "/in/a.pdf", "/w/image"], PopplerArgs.PdfImages("/in/a.pdf", "/w/image"));
        Assert.Equal(["-enc", "UTF-8", "/in/a.pdf"], PopplerArgs.PdfInfo("/in/a.pdf"));
    }

    [Fact]
    public void TesseractArgs_List_IsExactAndSingleThreaded()
    {
        Assert.Equal(["/w/p.png", "stdout", "-l", "eng+deu", "--psm", "3"], TesseractArgs.Build("/w/p.png", "eng+deu"));
        Assert.Equal("1", TesseractArgs.Environment["OMP_THREAD_LIMIT"]);
    }

    [Fact]
    public void PdfInfoParser_CapturedOutput_ReadsFields()
    {
        const string output = "Title:           Fixture mixed.pdf\nAuthor:          MediaJobs tests\nCreator:         \nPages:           2\nPage size:       612 x 792 pts (letter)\n";

        var metadata = PdfInfoParser.Parse(output);

        Assert.Equal(new PdfMetadata("Fixture mixed.pdf", "MediaJobs tests", null, null, null, null, 2), metadata);
    }

    [Theory]
    [InlineData("", "text layer is empty")]
    [InlineData("  3 \n", "too thin (1 characters, fewer than 20)")]
    [InlineData("A real page with plenty of words on it.", null)]
    public void TextLayer_WhyOcr_DependsOnVisibleCharacters(string text, string? expected)
    {
        var why = TextLayer.WhyOcr(text, 20);

        if (expected is null)
        {
            Assert.Null(why);
        }
        else
        {
            Assert.Contains(expected, why);
        }
    }

    [Fact]
    public void TemplateRenderer_Placeholders_AreReplacedAndUnknownOnesEmpty()
    {
        var values = new Dictionary<string, string> { ["title"] = "T", ["a_b"] = "x" };

        Assert.Equal("# T x [] {not}", TemplateRenderer.Render("# {{title}} {{ a_b }} [{{missing}}] {not}", values));
        Assert.Equal(["title", "a_b"], TemplateRenderer.Placeholders("{{title}} {{ a_b }} {{title}}"));
    }

    [Fact]
    public void TemplateParser_FrontMatter_ReadsNameDescriptionFieldsAndBody()
    {
        var template = TemplateParser.Parse("---\nname: X\ndescription: Test\nfields:\n  title: The title\n  date: The date\n---\n# {{title}} {{extra}}\n", "fallback", "x.md");

        Assert.Equal("X", template.Name);
        Assert.Equal("Test", template.Description);
        Assert.Equal(["title", "date", "extra"], template.Fields.Select(f => f.Name));
        Assert.Equal("The date", template.Fields[1].Description);
        Assert.Equal("# {{title}} {{extra}}\n", template.Body);
    }

    [Fact]
    public void TemplateParser_NoFrontMatter_IsTemplateInvalid() =>
        Assert.Equal("TemplateInvalid", Assert.Throws<MediaJobsException>(() => TemplateParser.Parse("# {{title}}", "x", "x.md")).Error.Code);

    [Fact]
    public void ShippedTemplates_IncludeMeetingMinutesSummaryAndSession()
    {
        var library = new TemplateLibrary([TemplateLibrary.ShippedDirectory]);

        Assert.Equal(["MeetingMinutes", "Session", "Summary"], library.Names());
        Assert.Contains(library.Find("MeetingMinutes")!.Fields, f => f.Name == "action_items");
        Assert.Null(library.Find("../Summary"));
    }

    [Fact]
    public void TextAnalyzer_Text_FindsTitleDatesHeadingsSectionsAndSummary()
    {
        const string text = "Project Report\n\nWritten on March 3, 2026 and revised 2026-03-10.\n\nResults\nThe pipeline reads PDF files. The pipeline reads scanned PDF files with OCR. Lunch was good.\n\nNext Steps\nShip it.";

        var facts = TextAnalyzer.Analyze(text, "metadata title", summarySentences: 2);

        Assert.Equal("Project Report", facts.Title);
        Assert.Equal(["2026-03-03", "2026-03-10"], facts.Dates);
        Assert.Equal(["Project Report", "Results", "Next Steps"], facts.Headings);
        Assert.Equal("Ship it.", facts.Sections.Single(s => s.Key == "Next Steps").Value);
        Assert.Equal("The pipeline reads PDF files. The pipeline reads scanned PDF files with OCR.", facts.Summary);
        Assert.Equal(["files", "pdf", "pipeline", "reads"], facts.Keywords.Take(4));
    }

    [Fact]
    public void LlmAnswer_FencedJsonWithList_IsParsed()
    {
        var template = TemplateParser.Parse("---\nfields:\n  title: t\n  items: i\n---\n{{title}}", "x", "x.md");

        var values = LlmTemplateFiller.ParseAnswer(template, "```json\n{\"title\":\"A\",\"items\":[\"x\",\"y\"],\"other\":1}\n```");

        Assert.Equal("A", values["title"]);
        Assert.Equal("- x\n- y", values["items"]);
        Assert.False(values.ContainsKey("other"));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"unrelated\":\"x\"}")]
    [InlineData("[1,2]")]
    public void LlmAnswer_Unusable_Throws(string answer)
    {
        var template = TemplateParser.Parse("---\nfields:\n  title: t\n---\n{{title}}", "x", "x.md");

        Assert.StartsWith("ProviderFailed:", Assert.Throws<MediaJobsException>(() => LlmTemplateFiller.ParseAnswer(template, answer)).Error.Code);
    }

    [Fact]
    public void CacheKey_IgnoresKeyOrderPathAndUseCache_ButNotParametersTemplateOrProviders()
    {
        var a = CacheKey.Compute("pdf", "abc", new JsonObject { ["filename"] = "/a.pdf", ["use_cache"] = true, ["x"] = 1, ["extraction_method"] = "ocr" }, "T", "offline");
        var b = CacheKey.Compute("pdf", "abc", new JsonObject { ["extraction_method"] = "ocr", ["x"] = 1, ["filename"] = "/b.pdf" }, "T", "offline");
        var c = CacheKey.Compute("pdf", "abc", new JsonObject { ["extraction_method"] = "native", ["x"] = 1 }, "T", "offline");
        var d = CacheKey.Compute("pdf", "abc", new JsonObject { ["extraction_method"] = "ocr", ["x"] = 1 }, "edited template", "offline");
        var e = CacheKey.Compute("pdf", "abc", new JsonObject { ["extraction_method"] = "ocr", ["x"] = 1 }, "T", "http://llm|model");

        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.NotEqual(a, d);
        Assert.NotEqual(a, e);
        Assert.Matches("^[0-9a-f]{64}$", a);
    }

    [Fact]
    public void MistralRequest_CarriesThePdfAsDataUrl()
    {
        var body = MistralOcrClientRequest();

        Assert.Equal("mistral-ocr-latest", (string?)body["model"]);
        Assert.Equal("document_url", (string?)body["document"]!["type"]);
        Assert.Equal("data:application/pdf;base64,JVBERg==", (string?)body["document"]!["document_url"]);
    }

    private static JsonObject MistralOcrClientRequest() =>
        MediaJobs.Pipelines.Documents.Cloud.MistralOcrClient.BuildRequest("%PDF"u8.ToArray(), "mistral-ocr-latest", includeImages: false);
}
