namespace MediaJobs.Pipelines.Documents.Extraction;

/// <summary>
/// Splits pages 1..N into consecutive ranges for one Poppler call each: one process per page costs
/// more than the page itself, so small documents take one call, large ones one per worker with a
/// cap so progress still moves.
/// </summary>
internal static class PageRanges
{
    public const int MinPagesPerCall = 16;
    public const int MaxPagesPerCall = 64;

    public static IReadOnlyList<(int First, int Last)> Split(int pageCount, int workers)
    {
        if (pageCount <= 0)
        {
            return [];
        }
        var perWorker = (pageCount + Math.Max(1, workers) - 1) / Math.Max(1, workers);
        var size = Math.Clamp(perWorker, MinPagesPerCall, MaxPagesPerCall);
        var ranges = new List<(int, int)>();
        for (var first = 1; first <= pageCount; first += size)
        {
            ranges.Add((first, Math.Min(pageCount, first + size - 1)));
        }
        return ranges;
    }
}
