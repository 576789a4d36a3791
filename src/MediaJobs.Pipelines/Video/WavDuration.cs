using System.Buffers.Binary;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Reads a PCM WAV file's length from its header: the narration measures every sentence, and
/// starting ffprobe for each costs more than the speech itself.
/// </summary>
internal static class WavDuration
{
    /// <summary>Seconds of audio, or null when the file is not a RIFF/WAVE with a byte rate and data chunk.</summary>
    public static double? TryRead(string path) => Read(path, whole: false);

    /// <summary>
    /// Like <see cref="TryRead"/>, but also null when the header promises more audio than the file holds:
    /// a cut-off file must not pass for a finished one when kept audio is reused.
    /// </summary>
    public static double? TryReadWhole(string path) => Read(path, whole: true);

    private static double? Read(string path, bool whole)
    {
        using var stream = File.OpenRead(path);
        Span<byte> header = stackalloc byte[12];
        if (stream.Read(header) != 12 || !header[..4].SequenceEqual("RIFF"u8) || !header[8..12].SequenceEqual("WAVE"u8))
        {
            return null;
        }
        uint? byteRate = null;
        Span<byte> chunk = stackalloc byte[8];
        Span<byte> format = stackalloc byte[16];
        while (stream.Read(chunk) == 8)
        {
            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunk[4..]);
            if (chunk[..4].SequenceEqual("fmt "u8))
            {
                if (size < 16 || stream.Read(format) != 16)
                {
                    return null;
                }
                byteRate = BinaryPrimitives.ReadUInt32LittleEndian(format[8..12]);
                stream.Seek(size - 16 + (size % 2), SeekOrigin.Current);
            }
            else if (chunk[..4].SequenceEqual("data"u8))
            {
                // A streamed header may say 0 or 0xFFFFFFFF: then the data runs to the end of the file.
                var available = stream.Length - stream.Position;
                if (whole && size is not (0 or uint.MaxValue) && size > available)
                {
                    return null;
                }
                var bytes = size is 0 or uint.MaxValue || size > available ? available : size;
                return byteRate is > 0 ? (double)bytes / byteRate.Value : null;
            }
            else
            {
                stream.Seek(size + (size % 2), SeekOrigin.Current);
            }
        }
        return null;
    }
}
