using MediaJobs.Server.Auth;
using Microsoft.Extensions.Configuration;

namespace MediaJobs.Server.Tests.Auth;

[Trait("Tier", "Fast")]
public sealed class AuthStartupCheckTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5005")]
    [InlineData("http://localhost:5005")]
    [InlineData("http://[::1]:5005")]
    [InlineData("http://127.0.0.1:5005;http://localhost:8080")]
    public void Check_NoKeysLoopbackOnly_Starts(string urls)
    {
        Assert.Null(AuthStartupCheck.Check(urls.Split(';'), keysConfigured: false, allowAnonymousNonLoopback: false));
    }

    [Theory]
    [InlineData("http://0.0.0.0:5005", "0.0.0.0")]
    [InlineData("http://*:5005", "*")]
    [InlineData("http://+:5005", "+")]
    [InlineData("http://[::]:5005", "[::]")]
    [InlineData("http://127.0.0.1:5005;http://192.168.1.10:80", "192.168.1.10")]
    [InlineData("http://media.example.com:5005", "media.example.com")]
    public void Check_NoKeysNonLoopback_RefusesNamingTheUrlAndTheRemedies(string urls, string named)
    {
        var error = AuthStartupCheck.Check(urls.Split(';'), keysConfigured: false, allowAnonymousNonLoopback: false);

        Assert.NotNull(error);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Contains("MediaJobs:Auth:Keys", error, StringComparison.Ordinal);
        Assert.Contains("AllowAnonymousNonLoopback", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_KeysOrExplicitOptIn_AllowsNonLoopback()
    {
        Assert.Null(AuthStartupCheck.Check(["http://0.0.0.0:5005"], keysConfigured: true, allowAnonymousNonLoopback: false));
        Assert.Null(AuthStartupCheck.Check(["http://0.0.0.0:5005"], keysConfigured: false, allowAnonymousNonLoopback: true));
    }

    [Fact]
    public void ConfiguredUrls_KestrelEndpointsAndPorts_AreAllChecked()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:5005",
            ["http_ports"] = "8080",
            ["Kestrel:Endpoints:Lan:Url"] = "http://10.0.0.5:9000",
        }).Build();

        var urls = LoopbackBinding.ConfiguredUrls(configuration, "http://127.0.0.1:5005");

        Assert.Equal(["http://*:8080", "http://10.0.0.5:9000"], LoopbackBinding.NonLoopback(urls));
    }
}
