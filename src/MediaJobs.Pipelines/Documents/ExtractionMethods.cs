namespace MediaJobs.Pipelines.Documents;

/// <summary>The wire names of <see cref="ExtractionMethod"/>.</summary>
internal static class ExtractionMethods
{
    private static readonly Dictionary<string, ExtractionMethod> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["native"] = ExtractionMethod.Native,
        ["ocr"] = ExtractionMethod.Ocr,
        ["combined"] = ExtractionMethod.Combined,
        ["mistral_ocr"] = ExtractionMethod.MistralOcr,
        ["mistral_ocr_with_pages"] = ExtractionMethod.MistralOcrWithPages,
        ["openai_vision"] = ExtractionMethod.OpenAiVision,
    };

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryParse(string name, out ExtractionMethod method) => ByName.TryGetValue(name, out method);

    public static string NameOf(ExtractionMethod method) => ByName.First(kv => kv.Value == method).Key;

    /// <summary>Methods that call a cloud provider.</summary>
    public static bool IsCloud(ExtractionMethod method) =>
        method is ExtractionMethod.MistralOcr or ExtractionMethod.MistralOcrWithPages or ExtractionMethod.OpenAiVision;
}
