using System.Security.Cryptography;

namespace MediaJobs.Core.Webhooks;

/// <summary>The signing secret in Standard Webhooks' text form, <c>whsec_&lt;base64&gt;</c>.</summary>
public static class WebhookSecret
{
    public const string Prefix = "whsec_";

    /// <summary>Where a generated secret is kept in the store's settings.</summary>
    public const string SettingKey = "webhook_secret";

    /// <summary>A fresh 32-byte secret.</summary>
    public static string Generate() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The key bytes; throws a <see cref="FormatException"/> naming the expected form.</summary>
    public static byte[] Parse(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var text = secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : null;
        try
        {
            var key = text is null ? [] : Convert.FromBase64String(text);
            if (key.Length >= 16)
            {
                return key;
            }
        }
        catch (FormatException)
        {
            // Reported below with the expected form.
        }
        throw new FormatException("MediaJobs:Webhooks:Secret must be 'whsec_' followed by the base64 of at least 16 bytes.");
    }
}
