using System.Globalization;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Splits a video at keyframes into segments of about a target length (pure). Each cut is the first keyframe at or past
/// the previous cut plus the target, so every segment starts on a keyframe and an encode of it needs nothing before it;
/// a tail shorter than a quarter of the target joins the segment before it. Frame counts come from the packets
/// themselves, so the segments together hold every frame of the source exactly once.
/// </summary>
public static class SegmentPlanner
{
    public static IReadOnlyList<VideoSegment> Plan(IReadOnlyList<VideoPacket> packets, TimeSpan target)
    {
        ArgumentNullException.ThrowIfNull(packets);
        if (target <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "The segment length must be positive.");
        }
        var times = packets.Select(p => p.PtsSeconds).Order().ToArray();
        if (times.Length == 0)
        {
            return [];
        }
        var origin = times[0];
        var frameSeconds = times.Length > 1 ? (times[^1] - origin) / (times.Length - 1) : 0;
        var end = times[^1] + frameSeconds;
        var keys = packets.Where(p => p.IsKey).Select(p => p.PtsSeconds).Order().ToArray();
        var cuts = new List<double> { origin };
        foreach (var key in keys)
        {
            if (key >= cuts[^1] + target.TotalSeconds - (frameSeconds / 2))
            {
                cuts.Add(key);
            }
        }
        if (cuts.Count > 1 && end - cuts[^1] < target.TotalSeconds / 4)
        {
            cuts.RemoveAt(cuts.Count - 1);
        }
        var segments = new List<VideoSegment>(cuts.Count);
        for (var i = 0; i < cuts.Count; i++)
        {
            var from = cuts[i];
            var to = i + 1 < cuts.Count ? cuts[i + 1] : end;
            var frames = CountFrom(times, from) - (i + 1 < cuts.Count ? CountFrom(times, to) : 0);
            segments.Add(new VideoSegment(i, Math.Round(from, 6), Math.Round(to - from, 6), frames));
        }
        return segments;
    }

    /// <summary>
    /// Reads ffprobe's <c>-show_entries packet=pts_time,flags -of csv=p=0</c> lines (<c>12.000000,K__</c>); packets
    /// without a time are skipped.
    /// </summary>
    public static IReadOnlyList<VideoPacket> ParsePackets(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var packets = new List<VideoPacket>();
        foreach (var line in csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma <= 0 || !double.TryParse(line.AsSpan(0, comma), NumberStyles.Float, CultureInfo.InvariantCulture, out var pts))
            {
                continue;
            }
            packets.Add(new VideoPacket(pts, line.AsSpan(comma + 1).StartsWith("K", StringComparison.Ordinal)));
        }
        return packets;
    }

    /// <summary>How many of the sorted times are at or after <paramref name="from"/>.</summary>
    private static int CountFrom(double[] sorted, double from)
    {
        var i = Array.BinarySearch(sorted, from);
        if (i < 0)
        {
            i = ~i;
        }
        while (i > 0 && sorted[i - 1] >= from)
        {
            i--;
        }
        return sorted.Length - i;
    }
}
