using System.Globalization;

namespace MediaJobs.FakeTool;

/// <summary>One block of <c>ffmpeg -progress pipe:1</c> output, in ffmpeg 5.1's key order.</summary>
internal static class ProgressBlock
{
    private const double Fps = 25;

    public static string For(double mediaSeconds, double speed, bool end)
    {
        var us = (long)Math.Round(mediaSeconds * 1_000_000);
        var clock = TimeSpan.FromTicks(us * 10);
        var inv = CultureInfo.InvariantCulture;
        return string.Join('\n',
            $"frame={(long)(mediaSeconds * Fps)}",
            string.Create(inv, $"fps={Fps:0.00}"),
            "stream_0_0_q=28.0",
            "bitrate=N/A",
            $"total_size={us / 100}",
            $"out_time_us={us}",
            $"out_time_ms={us}",
            string.Create(inv, $"out_time={(int)clock.TotalHours:00}:{clock.Minutes:00}:{clock.Seconds:00}.{clock.Ticks % TimeSpan.TicksPerSecond / 10:000000}"),
            "dup_frames=0",
            "drop_frames=0",
            string.Create(inv, $"speed={speed:0.###}x"),
            end ? "progress=end" : "progress=continue");
    }
}
