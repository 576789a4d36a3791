using System.Globalization;
using System.Text;

namespace MediaJobs.Server.Api.Requests;

/// <summary>
/// Names a user gives that the server stores and shows again (uploaded file names, batch names): one Unicode form
/// (NFC, so "é" typed two ways is one name) and no bidirectional controls, which let <c>invoice‮fdp.exe</c> show as
/// <c>invoiceexe.pdf</c> in a listing. File names also fit the file system: at most <see cref="MaxFileNameBytes"/>
/// UTF-8 bytes (a Linux name holds 255 bytes, not characters), cut between characters with the extension kept.
/// </summary>
internal static class UserText
{
    /// <summary>Room for a temporary prefix (<c>.partial-</c>) under the 255-byte limit.</summary>
    public const int MaxFileNameBytes = 240;

    /// <summary>Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), marks (U+200E, U+200F, U+061C).</summary>
    public static bool IsBidiControl(char c) =>
        c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';

    /// <summary>The text in NFC without bidi controls; a lone surrogate (not text) becomes U+FFFD.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (!IsBidiControl(c))
            {
                builder.Append(c);
            }
        }
        return Nfc.Normalize(builder.ToString());
    }

    /// <summary>A file name cut to <see cref="MaxFileNameBytes"/> UTF-8 bytes between characters, its extension kept.</summary>
    public static string FitFileName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Encoding.UTF8.GetByteCount(name) <= MaxFileNameBytes)
        {
            return name;
        }
        var extension = Path.GetExtension(name);
        if (Encoding.UTF8.GetByteCount(extension) > 32)
        {
            extension = "";
        }
        var stem = name[..(name.Length - extension.Length)];
        return Cut(stem, MaxFileNameBytes - Encoding.UTF8.GetByteCount(extension)) + extension;
    }

    /// <summary>The longest prefix of whole characters (text elements) within <paramref name="maxBytes"/> UTF-8 bytes.</summary>
    public static string Cut(string text, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = 0;
        var end = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var size = Encoding.UTF8.GetByteCount(elements.GetTextElement());
            if (bytes + size > maxBytes)
            {
                break;
            }
            bytes += size;
            end = elements.ElementIndex + elements.GetTextElement().Length;
        }
        return text[..end];
    }
}
