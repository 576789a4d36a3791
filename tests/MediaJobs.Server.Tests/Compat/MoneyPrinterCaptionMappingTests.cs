using System.Text.Json.Nodes;
using MediaJobs.Server.Compat.MoneyPrinter;

namespace MediaJobs.Server.Tests.Compat;

[Trait("Tier", "Fast")]
public sealed class MoneyPrinterCaptionMappingTests
{
    [Theory]
    [InlineData("""{}""", "bottom", "center", "#FFFF00")]
    [InlineData("""{"subtitlesPosition": "left,top", "color": "Red"}""", "top", "left", "#FF0000")]
    [InlineData("""{"subtitlesPosition": " right , center ", "color": "#00ff00"}""", "center", "right", "#00FF00")]
    public void Captions_MapPositionAndColourOntoTheCaptionStyle(string body, string position, string align, string color)
    {
        var (style, problem) = MoneyPrinterCaptions.FromBody(JsonNode.Parse(body)!.AsObject());

        Assert.Null(problem);
        Assert.Equal((position, align, color, color), ((string?)style!["position"], (string?)style["align"], (string?)style["color"], (string?)style["highlightColor"]));
    }

    [Theory]
    [InlineData("""{"subtitlesPosition": "bottom"}""", "subtitlesPosition")]
    [InlineData("""{"subtitlesPosition": "middle,bottom"}""", "subtitlesPosition")]
    [InlineData("""{"color": "sky blue"}""", "color")]
    public void Captions_ValueThatCannotBeDrawn_IsRefusedNamingTheField(string body, string field)
    {
        var (style, problem) = MoneyPrinterCaptions.FromBody(JsonNode.Parse(body)!.AsObject());

        Assert.Null(style);
        Assert.StartsWith(field, problem, StringComparison.Ordinal);
    }
}
