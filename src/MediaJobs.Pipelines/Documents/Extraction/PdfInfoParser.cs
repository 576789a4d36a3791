using System.Globalization;

namespace MediaJobs.Pipelines.Documents.Extraction;

/// <summary>Parses pdfinfo's <c>Key: value</c> output (pure; tested on captured output).</summary>
internal static class PdfInfoParser
{
    public static PdfMetadata Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in output.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                fields.TryAdd(line[..colon].Trim(), line[(colon + 1)..].Trim());
            }
        }
        string? Get(string key) => fields.TryGetValue(key, out var v) && v.Length > 0 ? v : null;
        var pages = int.TryParse(Get("Pages"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;
        return new PdfMetadata(Get("Title"), Get("Author"), Get("Subject"), Get("Creator"), Get("Producer"), Get("CreationDate"), pages);
    }
}
