using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Binary search for the highest CRF (the smallest file) whose score still meets the threshold, within
/// [<paramref name="Min"/>, <paramref name="Max"/>]. Quality falls as CRF rises, so the pass/fail line is monotonic.
/// </summary>
internal sealed record CrfSearch(int Min, int Max)
{
    public static CrfSearch For(VideoCodec target) => target switch
    {
        VideoCodec.Hevc => new(16, 34),
        VideoCodec.Av1 => new(20, 50),
        VideoCodec.H264 => throw TranscodeCodecs.Unsupported(target),
    };

    /// <summary>The most scores a search can ask for: a binary search over the range's CRFs.</summary>
    public int MaxTries => (int)Math.Floor(Math.Log2(Max - Min + 1)) + 1;

    /// <returns>The chosen CRF and its score, or null when even <see cref="Min"/> misses the threshold.</returns>
    public async Task<(int Crf, double Score)?> FindAsync(double threshold, Func<int, Task<double>> score)
    {
        ArgumentNullException.ThrowIfNull(score);
        (int, double)? best = null;
        var lo = Min;
        var hi = Max;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            var s = await score(mid);
            if (s >= threshold)
            {
                best = (mid, s);
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return best;
    }
}
