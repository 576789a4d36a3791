using MediaJobs.Media.FFmpeg;
using static MediaJobs.Pipelines.Tests.Video.VideoTestSupport;

namespace MediaJobs.Pipelines.Tests.Video.Providers;

/// <summary>Small real media for the fakes to serve, made once with ffmpeg: WAV speech stand-ins, an MP4 clip, a still.</summary>
internal static class ProviderMedia
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "mediajobs-tests-provider-media");
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>A 24 kHz 16-bit mono WAV (Azure's riff-24khz-16bit-mono-pcm) of exactly <paramref name="seconds"/>.</summary>
    public static Task<byte[]> WavAsync(double seconds) =>
        MakeAsync($"tone-{seconds:0.000}.wav", path => ["-f", "lavfi", "-i", $"sine=frequency=330:sample_rate=24000:duration={seconds:0.000}", "-ac", "1", "-c:a", "pcm_s16le", "-f", "wav", path]);

    /// <summary>A 1 s 160x120 H.264 clip (testsrc2).</summary>
    public static Task<byte[]> ClipAsync() =>
        MakeAsync("clip-160x120.mp4", path => ["-f", "lavfi", "-i", "testsrc2=size=160x120:rate=15:duration=1", "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-f", "mp4", path]);

    /// <summary>A 320x240 PNG still.</summary>
    public static async Task<string> StillPathAsync()
    {
        await MakeAsync("still-320x240.png", path => ["-f", "lavfi", "-i", "testsrc2=size=320x240:rate=1", "-frames:v", "1", "-f", "image2", path]);
        return Path.Combine(Folder, "still-320x240.png");
    }

    private static async Task<byte[]> MakeAsync(string name, Func<string, IReadOnlyList<string>> args)
    {
        var path = Path.Combine(Folder, name);
        await Gate.WaitAsync();
        try
        {
            if (!File.Exists(path))
            {
                Directory.CreateDirectory(Folder);
                var temp = Path.Combine(Folder, $".{Guid.NewGuid():N}-{name}");
                await Ffmpeg.RunAsync(args(temp), new FfmpegRunOptions());
                File.Move(temp, path, overwrite: true);
            }
        }
        finally
        {
            Gate.Release();
        }
        return await File.ReadAllBytesAsync(path);
    }
}
