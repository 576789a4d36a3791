using System.Text.Json.Nodes;
using MediaJobs.Pipelines.Documents;
using MediaJobs.Pipelines.Documents.Templating;

namespace MediaJobs.Pipelines.Tests.Documents;

/// <summary>The filled template is stored as the documented <c>template</c> result and read back by later steps.</summary>
[Trait("Tier", "Fast")]
public sealed class DocumentStateTests
{
    [Fact]
    public void Template_IsStoredInTheDocumentedShape()
    {
        var filled = new FilledTemplate("Summary", new Dictionary<string, string> { ["title"] = "Tides", ["Key Points"] = "- a" }, "# Tides", "offline", ["date"]);

        var json = DocumentState.Template.ToJson(TemplateResult.From(filled))!.ToJsonString();

        Assert.Equal("""{"name":"Summary","filled_by":"offline","fields":{"title":"Tides","Key Points":"- a"},"empty_fields":["date"],"markdown":"# Tides"}""", json);
    }

    [Fact]
    public void Template_StoredEarlier_IsReadBackWithItsMarkdown()
    {
        var results = new JsonObject { [DocumentResults.Template] = JsonNode.Parse("""{"name":"Summary","filled_by":"llm","fields":{},"empty_fields":[],"markdown":"# Hi"}""") };

        Assert.True(DocumentState.Template.TryRead(results, out var template));
        Assert.Equal("# Hi", template.Markdown);
        Assert.Equal("llm", template.FilledBy);
    }
}
