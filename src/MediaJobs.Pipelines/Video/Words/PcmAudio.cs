using System.Buffers.Binary;

namespace MediaJobs.Pipelines.Video.Words;

/// <summary>A WAV file's samples, mixed to mono floats in −1…1 (16-bit integer or 32-bit float PCM).</summary>
internal sealed record PcmAudio(float[] Samples, int SampleRate)
{
    public double DurationSec => (double)Samples.Length / SampleRate;

    /// <summary>The samples of a RIFF/WAVE PCM file, or null when it is not one this reader understands.</summary>
    public static PcmAudio? TryRead(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 12 || !bytes.AsSpan(0, 4).SequenceEqual("RIFF"u8) || !bytes.AsSpan(8, 4).SequenceEqual("WAVE"u8))
        {
            return null;
        }
        int format = 0, channels = 0, rate = 0, bits = 0;
        var at = 12;
        while (at + 8 <= bytes.Length)
        {
            var id = bytes.AsSpan(at, 4);
            var size = (long)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at + 4, 4));
            var body = at + 8;
            if (id.SequenceEqual("fmt "u8) && size >= 16 && body + 16 <= bytes.Length)
            {
                format = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(body, 2));
                channels = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(body + 2, 2));
                rate = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(body + 4, 4));
                bits = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(body + 14, 2));
                if (format == 0xFFFE && size >= 26)
                {
                    // WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the sub-format GUID.
                    format = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(body + 24, 2));
                }
            }
            else if (id.SequenceEqual("data"u8))
            {
                // A streamed header may say 0 or 0xFFFFFFFF: then the data runs to the end of the file.
                var length = size is 0 or uint.MaxValue || body + size > bytes.Length ? bytes.Length - body : size;
                return Decode(bytes.AsSpan(body, (int)length), format, channels, rate, bits);
            }
            at = body + (int)size + (int)(size % 2);
        }
        return null;
    }

    private static PcmAudio? Decode(ReadOnlySpan<byte> data, int format, int channels, int rate, int bits)
    {
        if (channels < 1 || rate < 1000 || !((format == 1 && bits == 16) || (format == 3 && bits == 32)))
        {
            return null;
        }
        var width = bits / 8 * channels;
        var samples = new float[data.Length / width];
        for (var i = 0; i < samples.Length; i++)
        {
            var sum = 0f;
            for (var c = 0; c < channels; c++)
            {
                var at = (i * width) + (c * bits / 8);
                sum += format == 1
                    ? BinaryPrimitives.ReadInt16LittleEndian(data.Slice(at, 2)) / 32768f
                    : BinaryPrimitives.ReadSingleLittleEndian(data.Slice(at, 4));
            }
            samples[i] = sum / channels;
        }
        return new PcmAudio(samples, rate);
    }
}
