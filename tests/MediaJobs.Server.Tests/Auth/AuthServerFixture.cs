using System.Security.Cryptography;
using System.Text;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Auth;

/// <summary>A server with three keys: alice and bob (plain), root (admin, configured by its SHA-256).</summary>
public sealed class AuthServerFixture : IDisposable
{
    public const string AliceKey = "key-alice-0123456789";
    public const string BobKey = "key-bob-0123456789";
    public const string RootKey = "key-root-0123456789";

    public AuthServerFixture() => Factory = new MediaJobsServerFactory(null, new Dictionary<string, string?>
    {
        ["MediaJobs:Auth:Keys:0:Id"] = "alice",
        ["MediaJobs:Auth:Keys:0:Key"] = AliceKey,
        ["MediaJobs:Auth:Keys:1:Id"] = "bob",
        ["MediaJobs:Auth:Keys:1:Key"] = BobKey,
        ["MediaJobs:Auth:Keys:2:Id"] = "root",
        ["MediaJobs:Auth:Keys:2:KeySha256"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(RootKey))),
        ["MediaJobs:Auth:Keys:2:Admin"] = "true",
    });

    public MediaJobsServerFactory Factory { get; }

    /// <summary>A client sending the key as a bearer token (or as X-Api-Key).</summary>
    public HttpClient Client(string? key, bool asApiKeyHeader = false)
    {
        var client = Factory.CreateClient();
        if (key is not null)
        {
            if (asApiKeyHeader)
            {
                client.DefaultRequestHeaders.Add("X-Api-Key", key);
            }
            else
            {
                client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
            }
        }
        return client;
    }

    public void Dispose() => Factory.Dispose();
}
