using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Auth;

/// <summary>
/// Issues and checks stream tokens: <c>base64url(keyId|admin|expiry|jobId) "." base64url(HMAC-SHA256)</c>. A token
/// stands for the key that asked for it, never contains the key, expires, and opens one job's events and files (or only
/// the every-job stream). The MAC also covers the key's hash, so a token dies with its key: once that key id is no
/// longer configured, or its key changed, on the node that checks it. The admin flag is the key's current one.
/// </summary>
public sealed class StreamTokens
{
    private readonly byte[] _secret;
    private readonly TimeProvider _time;
    private readonly ApiKeyAuthenticator _keys;

    public StreamTokens(IOptions<StreamTokenOptions> options, TimeProvider time, ApiKeyAuthenticator keys)
    {
        ArgumentNullException.ThrowIfNull(options);
        Lifetime = options.Value.Lifetime > TimeSpan.Zero ? options.Value.Lifetime : TimeSpan.FromMinutes(5);
        _secret = string.IsNullOrEmpty(options.Value.Secret)
            ? RandomNumberGenerator.GetBytes(32)
            : SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.Secret));
        _time = time;
        _keys = keys;
    }

    public TimeSpan Lifetime { get; }

    /// <param name="jobId">The one job the token opens; null for the every-job stream only.</param>
    public (string Token, DateTimeOffset ExpiresUtc) Issue(ApiCaller caller, string? jobId)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var expires = _time.GetUtcNow() + Lifetime;
        var claims = string.Join('|',
            Convert.ToBase64String(Encoding.UTF8.GetBytes(caller.KeyId ?? "")),
            caller.IsAdmin ? "1" : "0",
            expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            Convert.ToBase64String(Encoding.UTF8.GetBytes(jobId ?? "")));
        var body = Encoding.UTF8.GetBytes(claims);
        var keyHash = caller.KeyId is null ? [] : _keys.HashesOf(caller.KeyId).FirstOrDefault() ?? [];
        return (Base64Url.EncodeToString(body) + "." + Base64Url.EncodeToString(Mac(body, keyHash)), expires);
    }

    /// <summary>What the token grants, or null when it is malformed, forged, expired or its key is gone.</summary>
    public StreamTokenGrant? Validate(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1024 || token.Split('.') is not [var bodyText, var macText])
        {
            return null;
        }
        byte[] body, mac;
        string[] parts;
        try
        {
            body = Base64Url.DecodeFromChars(bodyText);
            mac = Base64Url.DecodeFromChars(macText);
            parts = Encoding.UTF8.GetString(body).Split('|');
            if (parts.Length != 4)
            {
                return null;
            }
            parts[0] = Encoding.UTF8.GetString(Convert.FromBase64String(parts[0]));
            parts[3] = Encoding.UTF8.GetString(Convert.FromBase64String(parts[3]));
        }
        catch (FormatException)
        {
            return null;
        }
        var keyId = parts[0];
        if (keyId.Length == 0 && _keys.Enabled)
        {
            return null; // a keyless node's token (same secret) never opens a keyed one
        }
        // The key as configured now: a removed key has no hash left to match, a changed one another hash.
        var current = keyId.Length == 0 ? null : _keys.CallerOf(keyId);
        var hashes = keyId.Length == 0 ? [[]] : _keys.HashesOf(keyId);
        if ((keyId.Length > 0 && current is null) || !hashes.Any(h => CryptographicOperations.FixedTimeEquals(mac, Mac(body, h)))
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expiry)
            || DateTimeOffset.FromUnixTimeSeconds(Math.Min(expiry, 253402300799)) <= _time.GetUtcNow())
        {
            return null;
        }
        var caller = current ?? new ApiCaller(null, parts[1] == "1");
        return new StreamTokenGrant(caller, parts[3].Length == 0 ? null : parts[3]);
    }

    private byte[] Mac(byte[] body, byte[] keyHash) => HMACSHA256.HashData(_secret, body.Concat(keyHash).ToArray());
}
