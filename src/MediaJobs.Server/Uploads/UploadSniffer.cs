namespace MediaJobs.Server.Uploads;

/// <summary>Recognises a file from its magic bytes; null for anything else.</summary>
public static class UploadSniffer
{
    /// <summary>Bytes needed to recognise every kind below.</summary>
    public const int HeaderLength = 16;

    public static (UploadKind Kind, string MediaType)? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("%PDF-"u8))
        {
            return (UploadKind.Pdf, "application/pdf");
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return (UploadKind.Image, "image/png");
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return (UploadKind.Image, "image/jpeg");
        }
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return (UploadKind.Image, "image/gif");
        }
        if (head.Length >= 12 && head.StartsWith("RIFF"u8))
        {
            var format = head[8..12];
            return format.SequenceEqual("WEBP"u8) ? (UploadKind.Image, "image/webp")
                : format.SequenceEqual("WAVE"u8) ? (UploadKind.Audio, "audio/wav")
                : format.SequenceEqual("AVI "u8) ? (UploadKind.Video, "video/x-msvideo")
                : null;
        }
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            var brand = head[8..12];
            return brand.SequenceEqual("M4A "u8) ? (UploadKind.Audio, "audio/mp4")
                : brand.SequenceEqual("qt  "u8) ? (UploadKind.Video, "video/quicktime")
                : (UploadKind.Video, "video/mp4");
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0x1A, 0x45, 0xDF, 0xA3]))
        {
            return (UploadKind.Video, "video/x-matroska");
        }
        if (head.StartsWith("ID3"u8) || (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0))
        {
            return (UploadKind.Audio, "audio/mpeg");
        }
        if (head.StartsWith("OggS"u8))
        {
            return (UploadKind.Audio, "audio/ogg");
        }
        if (head.StartsWith("fLaC"u8))
        {
            return (UploadKind.Audio, "audio/flac");
        }
        return null;
    }
}
