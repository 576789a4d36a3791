using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MediaJobs.Core.Webhooks;

/// <summary>
/// Standard Webhooks signing: <c>webhook-signature: v1,&lt;base64 HMAC-SHA256(key, "{id}.{timestamp}.{body}")&gt;</c>
/// beside <c>webhook-id</c> and <c>webhook-timestamp</c> (unix seconds).
/// </summary>
public sealed class WebhookSigner(byte[] key)
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    public string Sign(string id, long timestamp, string body)
    {
        var content = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{id}.{timestamp}.{body}"));
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content));
    }

    public IReadOnlyDictionary<string, string> Headers(string id, DateTimeOffset now, string body)
    {
        var timestamp = now.ToUnixTimeSeconds();
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [IdHeader] = id,
            [TimestampHeader] = timestamp.ToString(CultureInfo.InvariantCulture),
            [SignatureHeader] = Sign(id, timestamp, body),
        };
    }
}
