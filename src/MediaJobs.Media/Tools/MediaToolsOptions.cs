using System.ComponentModel.DataAnnotations;

namespace MediaJobs.Media.Tools;

/// <summary>Where the external tools live: a bare name is looked up on PATH, anything with a slash is used as is.</summary>
public sealed record MediaToolsOptions
{
    /// <summary>Configuration section name (<c>MediaTools</c>).</summary>
    public const string SectionName = "MediaTools";

    private const string ToolPath = "must name the tool (found on PATH) or give its path.";

    [Required(AllowEmptyStrings = false, ErrorMessage = ToolPath)]
    public string FfmpegPath { get; init; } = "ffmpeg";

    [Required(AllowEmptyStrings = false, ErrorMessage = ToolPath)]
    public string FfprobePath { get; init; } = "ffprobe";

    [Required(AllowEmptyStrings = false, ErrorMessage = ToolPath)]
    public string EspeakPath { get; init; } = "espeak-ng";

    [Required(AllowEmptyStrings = false, ErrorMessage = ToolPath)]
    public string TesseractPath { get; init; } = "tesseract";

    [Required(AllowEmptyStrings = false, ErrorMessage = ToolPath)]
    public string PdftotextPath { get; init; } = "pdftotext";

    [Required(AllowEmptyStrings = false, ErrorMessage = ToolPath)]
    public string PdftoppmPath { get; init; } = "pdftoppm";

    [Required(AllowEmptyStrings = false, ErrorMessage = ToolPath)]
    public string PdfinfoPath { get; init; } = "pdfinfo";

    [Required(AllowEmptyStrings = false, ErrorMessage = ToolPath)]
    public string PdfimagesPath { get; init; } = "pdfimages";

    /// <summary>The configured name or path of <paramref name="tool"/>.</summary>
    public string PathOf(MediaTool tool) => tool switch
    {
        MediaTool.Ffmpeg => FfmpegPath,
        MediaTool.Ffprobe => FfprobePath,
        MediaTool.EspeakNg => EspeakPath,
        MediaTool.Tesseract => TesseractPath,
        MediaTool.Pdftotext => PdftotextPath,
        MediaTool.Pdftoppm => PdftoppmPath,
        MediaTool.Pdfinfo => PdfinfoPath,
        MediaTool.Pdfimages => PdfimagesPath,
        _ => throw new ArgumentOutOfRangeException(nameof(tool), tool, "Unknown tool."),
    };

    /// <summary>The short name used in error codes and logs (<c>ffmpeg</c>, <c>espeak-ng</c>, ...).</summary>
    public static string NameOf(MediaTool tool) => tool switch
    {
        MediaTool.Ffmpeg => "ffmpeg",
        MediaTool.Ffprobe => "ffprobe",
        MediaTool.EspeakNg => "espeak-ng",
        MediaTool.Tesseract => "tesseract",
        MediaTool.Pdftotext => "pdftotext",
        MediaTool.Pdftoppm => "pdftoppm",
        MediaTool.Pdfinfo => "pdfinfo",
        MediaTool.Pdfimages => "pdfimages",
        _ => throw new ArgumentOutOfRangeException(nameof(tool), tool, "Unknown tool."),
    };
}
