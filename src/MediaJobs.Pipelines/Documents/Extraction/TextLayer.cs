namespace MediaJobs.Pipelines.Documents.Extraction;

/// <summary>Decides whether a page's text layer is good enough for <c>combined</c> (pure).</summary>
internal static class TextLayer
{
    public static int VisibleCharacters(string text) => text.Count(c => !char.IsWhiteSpace(c));

    /// <summary>Null when the layer is used; otherwise why the page is OCR'd instead.</summary>
    public static string? WhyOcr(string nativeText, int minCharacters)
    {
        var count = VisibleCharacters(nativeText);
        return count == 0 ? "text layer is empty"
            : count < minCharacters ? $"text layer is too thin ({count} characters, fewer than {minCharacters})"
            : null;
    }
}
