using System.Diagnostics;
using MediaJobs.Pipelines.Video;

namespace MediaJobs.Pipelines.Tests.Video;

[Trait("Tier", "Media")]
public sealed class WavDurationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mediajobs-wav-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(22050, 1, 1.5)]
    [InlineData(48000, 2, 0.75)]
    public void TryRead_FfmpegWav_MatchesRequestedLength(int rate, int channels, double seconds)
    {
        var path = Path.Combine(_folder, $"{rate}-{channels}.wav");
        Run("ffmpeg", "-v", "error", "-f", "lavfi", "-i", $"sine=frequency=440:sample_rate={rate}:duration={seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            "-ac", channels.ToString(System.Globalization.CultureInfo.InvariantCulture), path);

        Assert.Equal(seconds, WavDuration.TryRead(path)!.Value, precision: 3);
    }

    [Fact]
    public void TryRead_EspeakWav_AgreesWithFfprobe()
    {
        var path = Path.Combine(_folder, "speech.wav");
        Run("espeak-ng", "-w", path, "Hello from the narration step.");
        var probed = double.Parse(Run("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", path).Trim(), System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(probed, WavDuration.TryRead(path)!.Value, precision: 2);
    }

    [Fact]
    public void TryRead_NotAWav_ReturnsNull()
    {
        var path = Path.Combine(_folder, "x.wav");
        File.WriteAllText(path, "not a riff file at all");

        Assert.Null(WavDuration.TryRead(path));
    }

    [Fact]
    public void TryReadWhole_CutOffFile_ReturnsNullWhereTryReadStillReadsWhatIsThere()
    {
        var path = Path.Combine(_folder, "cut.wav");
        Run("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=8000:duration=1", "-ac", "1", path);
        Assert.Equal(1.0, WavDuration.TryReadWhole(path)!.Value, precision: 3);
        using (var file = new FileStream(path, FileMode.Open))
        {
            file.SetLength(file.Length - 4000);
        }

        Assert.Null(WavDuration.TryReadWhole(path));
        Assert.Equal(0.75, WavDuration.TryRead(path)!.Value, precision: 2);
    }

    [Fact]
    public void TryReadWhole_StreamedHeaderWithoutSizes_ReadsToTheEnd()
    {
        var path = Path.Combine(_folder, "streamed.wav");
        // What streaming TTS answers carry: RIFF and data sizes 0xFFFFFFFF; 8000 bytes/s of 8 kHz 8-bit mono.
        var header = new byte[44];
        "RIFF"u8.CopyTo(header);
        BitConverter.GetBytes(uint.MaxValue).CopyTo(header, 4);
        "WAVEfmt "u8.CopyTo(header.AsSpan(8));
        BitConverter.GetBytes(16).CopyTo(header, 16);
        BitConverter.GetBytes((short)1).CopyTo(header, 20);
        BitConverter.GetBytes((short)1).CopyTo(header, 22);
        BitConverter.GetBytes(8000).CopyTo(header, 24);
        BitConverter.GetBytes(8000).CopyTo(header, 28);
        BitConverter.GetBytes((short)1).CopyTo(header, 32);
        BitConverter.GetBytes((short)8).CopyTo(header, 34);
        "data"u8.CopyTo(header.AsSpan(36));
        BitConverter.GetBytes(uint.MaxValue).CopyTo(header, 40);
        File.WriteAllBytes(path, [.. header, .. new byte[4000]]);

        Assert.Equal(0.5, WavDuration.TryReadWhole(path)!.Value, precision: 3);
    }

    private static string Run(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
