using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Auth;

/// <summary>
/// Issues and checks stream tokens: <c>base64url(keyId|admin|expiry) "." base64url(HMAC-SHA256)</c>. A token
/// stands for the key that asked for it (its id and admin flag), never contains the key, and expires.
/// </summary>
public sealed class StreamTokens
{
    private readonly byte[] _secret;
    private readonly TimeProvider _time;

    public StreamTokens(IOptions<StreamTokenOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        Lifetime = options.Value.Lifetime > TimeSpan.Zero ? options.Value.Lifetime : TimeSpan.FromMinutes(5);
        _secret = string.IsNullOrEmpty(options.Value.Secret)
            ? RandomNumberGenerator.GetBytes(32)
            : SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.Secret));
        _time = time;
    }

    public TimeSpan Lifetime { get; }

    public (string Token, DateTimeOffset ExpiresUtc) Issue(ApiCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var expires = _time.GetUtcNow() + Lifetime;
        var claims = string.Join('|',
            Convert.ToBase64String(Encoding.UTF8.GetBytes(caller.KeyId ?? "")),
            caller.IsAdmin ? "1" : "0",
            expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        var body = Encoding.UTF8.GetBytes(claims);
        return (Base64Url.EncodeToString(body) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_secret, body)), expires);
    }

    /// <summary>The caller a token was issued to, or null when it is malformed, forged or expired.</summary>
    public ApiCaller? Validate(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024 || token.Split('.') is not [var bodyText, var macText])
        {
            return null;
        }
        byte[] body, mac;
        try
        {
            body = Base64Url.DecodeFromChars(bodyText);
            mac = Base64Url.DecodeFromChars(macText);
        }
        catch (FormatException)
        {
            return null;
        }
        if (!CryptographicOperations.FixedTimeEquals(mac, HMACSHA256.HashData(_secret, body)))
        {
            return null;
        }
        var parts = Encoding.UTF8.GetString(body).Split('|');
        if (parts.Length != 3 || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expiry)
            || DateTimeOffset.FromUnixTimeSeconds(expiry) <= _time.GetUtcNow())
        {
            return null;
        }
        var keyId = Encoding.UTF8.GetString(Convert.FromBase64String(parts[0]));
        return new ApiCaller(keyId.Length == 0 ? null : keyId, parts[1] == "1");
    }
}
