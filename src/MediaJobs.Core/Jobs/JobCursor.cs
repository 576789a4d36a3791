using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace MediaJobs.Core.Jobs;

/// <summary>
/// A keyset position in a job list: the creation time and id of the last job a page returned. The next page
/// starts strictly after it in the list's order, so a page costs the same at any depth. On the wire it is
/// opaque: base64url of <c>v1|ticks|id</c>.
/// </summary>
public sealed record JobCursor(DateTimeOffset CreatedUtc, string Id)
{
    private const string Version = "v1";
    private const int MaxIdLength = 100;
    private const int MaxEncodedLength = 200;

    public static JobCursor After(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new JobCursor(job.CreatedUtc, job.Id);
    }

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{Version}|{CreatedUtc.UtcTicks}|{Id}")));

    /// <summary>The cursor <paramref name="text"/> encodes, or false for anything this type did not make.</summary>
    public static bool TryParse(string? text, out JobCursor? cursor)
    {
        cursor = null;
        if (string.IsNullOrEmpty(text) || text.Length > MaxEncodedLength || !Base64Url.IsValid(text))
        {
            return false;
        }
        string decoded;
        try
        {
            decoded = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Base64Url.DecodeFromChars(text));
        }
        catch (FormatException)
        {
            return false;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        var parts = decoded.Split('|', 3);
        if (parts.Length != 3 || parts[0] != Version
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks
            || parts[2].Length is 0 or > MaxIdLength || parts[2].Any(char.IsControl))
        {
            return false;
        }
        cursor = new JobCursor(new DateTimeOffset(ticks, TimeSpan.Zero), parts[2]);
        return true;
    }
}
