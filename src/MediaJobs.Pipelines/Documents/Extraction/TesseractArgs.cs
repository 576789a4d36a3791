namespace MediaJobs.Pipelines.Documents.Extraction;

/// <summary>Argument list for one tesseract call (pure; unit-tested on the list).</summary>
public static class TesseractArgs
{
    /// <summary><c>tesseract image stdout -l lang --psm 3</c>: fully automatic page segmentation, text on stdout.</summary>
    public static IReadOnlyList<string> Build(string image, string language) => [image, "stdout", "-l", language, "--psm", "3"];

    /// <summary>One thread per tesseract process: the job's CPU budget is spent on pages in parallel instead.</summary>
    public static IReadOnlyDictionary<string, string?> Environment { get; } =
        new Dictionary<string, string?>(StringComparer.Ordinal) { ["OMP_THREAD_LIMIT"] = "1" };
}
