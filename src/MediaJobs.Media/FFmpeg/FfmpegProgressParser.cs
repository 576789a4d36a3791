using System.Globalization;

namespace MediaJobs.Media.FFmpeg;

/// <summary>
/// Pure parser for <c>ffmpeg -progress pipe:1 -nostats</c> output: feed it lines with <see cref="Push"/>;
/// it returns a snapshot at each <c>progress=continue|end</c> line that closes a block. Not thread-safe.
/// </summary>
public sealed class FfmpegProgressParser(TimeSpan? totalDuration = null)
{
    private TimeSpan? _outTime;
    private double? _speed;
    private double? _fps;
    private long? _frame;
    private long? _totalSize;
    private TimeSpan _lastProcessed;

    public TimeSpan? TotalDuration { get; } = totalDuration is { } t && t > TimeSpan.Zero ? t : null;

    /// <summary>Consumes one line; returns the progress when the line ends a block, else null.</summary>
    public FfmpegProgress? Push(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var eq = line.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            return null;
        }

        var key = line[..eq].Trim();
        var value = line[(eq + 1)..].Trim();
        switch (key)
        {
            case "out_time_us":
                _outTime = ParseMicroseconds(value) ?? _outTime;
                break;
            case "out_time_ms":
                // Despite its name ffmpeg writes microseconds here too; out_time_us wins when both are present.
                _outTime ??= ParseMicroseconds(value);
                break;
            case "out_time":
                _outTime ??= ParseClock(value);
                break;
            case "speed":
                _speed = ParseDouble(value.TrimEnd('x', 'X'));
                break;
            case "fps":
                _fps = ParseDouble(value);
                break;
            case "frame":
                _frame = ParseLong(value);
                break;
            case "total_size":
                _totalSize = ParseLong(value);
                break;
            case "progress":
                return Complete(string.Equals(value, "end", StringComparison.Ordinal));
            default:
                break;
        }

        return null;
    }

    private FfmpegProgress Complete(bool isEnd)
    {
        var processed = _outTime is { } t && t > TimeSpan.Zero ? t : _lastProcessed;
        _lastProcessed = processed;
        double? percent = null;
        TimeSpan? eta = null;
        if (TotalDuration is { } total)
        {
            percent = isEnd ? 100 : Math.Clamp(processed / total * 100, 0, 100);
            var left = total - processed;
            if (isEnd || left <= TimeSpan.Zero)
            {
                eta = TimeSpan.Zero;
            }
            else if (_speed is > 0 and var speed)
            {
                eta = left / speed;
            }
        }

        var progress = new FfmpegProgress(processed, percent, _speed, eta, _fps, _frame, _totalSize, isEnd);
        _outTime = null;
        return progress;
    }

    private static TimeSpan? ParseMicroseconds(string value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var us) && us >= 0
            ? TimeSpan.FromMicroseconds(us)
            : null;

    private static TimeSpan? ParseClock(string value)
    {
        // "00:00:02.005333" (may be negative at the very start, or N/A).
        var parts = value.Split(':');
        if (parts.Length != 3
            || !int.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var h)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var s)
            || h < 0 || value.StartsWith('-'))
        {
            return null;
        }

        return TimeSpan.FromHours(h) + TimeSpan.FromMinutes(m) + TimeSpan.FromSeconds(s);
    }

    private static double? ParseDouble(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null;

    private static long? ParseLong(string value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null;
}
