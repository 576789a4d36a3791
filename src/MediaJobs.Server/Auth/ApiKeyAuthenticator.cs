using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Auth;

/// <summary>
/// Checks presented keys against the configured ones by SHA-256, in constant time: every
/// configured hash is compared with <see cref="CryptographicOperations.FixedTimeEquals"/>, whichever matches.
/// </summary>
public sealed class ApiKeyAuthenticator
{
    private readonly (byte[] Hash, ApiCaller Caller)[] _keys;

    public ApiKeyAuthenticator(IOptions<AuthOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _keys = [.. options.Value.Keys.Select(Load)];
    }

    /// <summary>True when at least one key is configured (every /api request then needs one).</summary>
    public bool Enabled => _keys.Length > 0;

    public int Count => _keys.Length;

    /// <summary>The caller a key belongs to, or null.</summary>
    public ApiCaller? Authenticate(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
        {
            return null;
        }
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        ApiCaller? found = null;
        foreach (var (expected, caller) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, expected))
            {
                found = caller;
            }
        }
        return found;
    }

    /// <summary>The SHA-256 of every configured key with this id (none once it is no longer configured).</summary>
    public IReadOnlyList<byte[]> HashesOf(string keyId) =>
        [.. _keys.Where(k => string.Equals(k.Caller.KeyId, keyId, StringComparison.Ordinal)).Select(k => k.Hash)];

    /// <summary>The caller a configured key id stands for now, or null.</summary>
    public ApiCaller? CallerOf(string keyId) =>
        _keys.Where(k => string.Equals(k.Caller.KeyId, keyId, StringComparison.Ordinal)).Select(k => k.Caller).FirstOrDefault();

    /// <summary>The keys passed <see cref="AuthOptions.Validate"/> at start-up: an id, and a key or its hash.</summary>
    private static (byte[], ApiCaller) Load(ApiKeyOptions key)
    {
        var hash = !string.IsNullOrEmpty(key.Key) ? SHA256.HashData(Encoding.UTF8.GetBytes(key.Key)) : Convert.FromHexString(key.KeySha256!);
        return (hash, new ApiCaller(key.Id!, key.Admin));
    }
}
