using System.Globalization;

namespace MediaJobs.Pipelines.Documents.Extraction;

/// <summary>Argument lists for Poppler's tools (pure; unit-tested on the lists).</summary>
public static class PopplerArgs
{
    /// <summary><c>pdfinfo -enc UTF-8 file</c>: metadata as <c>Key: value</c> lines.</summary>
    public static IReadOnlyList<string> PdfInfo(string pdf) => ["-enc", "UTF-8", pdf];

    /// <summary><c>pdftotext</c> of one page, layout kept, UTF-8, to stdout.</summary>
    public static IReadOnlyList<string> PdfToText(string pdf, int page) => PdfToText(pdf, page, page);

    /// <summary><c>pdftotext</c> of pages <paramref name="first"/>..<paramref name="last"/>, each ended by a form feed.</summary>
    public static IReadOnlyList<string> PdfToText(string pdf, int first, int last) =>
        ["-f", Num(first), "-l", Num(last), "-layout", "-enc", "UTF-8", "-eol", "unix", pdf, "-"];

    /// <summary>
    /// <c>pdftoppm</c> renders one page as PNG to <c>&lt;prefix&gt;.png</c> (<c>-singlefile</c>: no page-number suffix).
    /// </summary>
    public static IReadOnlyList<string> PdfToPng(string pdf, int page, int dpi, string outputPrefix, bool gray) =>
    [
        "-f", Num(page), "-l", Num(page), "-r", Num(dpi), "-png",
        .. gray ? (string[])["-gray"] : [],
        "-singlefile", pdf, outputPrefix,
    ];

    /// <summary>
    /// <c>pdftoppm</c> renders pages <paramref name="first"/>..<paramref name="last"/> as PNGs named
    /// <c>&lt;prefix&gt;-&lt;page&gt;.png</c> (the page number zero-padded to the document's page count's width).
    /// </summary>
    public static IReadOnlyList<string> PdfToPngs(string pdf, int first, int last, int dpi, string outputPrefix) =>
        ["-f", Num(first), "-l", Num(last), "-r", Num(dpi), "-png", pdf, outputPrefix];

    /// <summary><c>pdfimages -png -p</c>: every embedded image as <c>&lt;prefix&gt;-&lt;page&gt;-&lt;n&gt;.png</c>.</summary>
    public static IReadOnlyList<string> PdfImages(string pdf, string outputPrefix) => ["-png", "-p", pdf, outputPrefix];

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
