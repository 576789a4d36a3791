using MediaJobs.Server.Auth;

namespace MediaJobs.Server.Tests.Auth;

/// <summary>Which <c>Host</c> values a keyless server answers to, on strings.</summary>
[Trait("Tier", "Fast")]
public sealed class HostAllowListTests
{
    private readonly HostAllowList _default = new([], null);

    [Theory]
    [InlineData("127.0.0.1:5005")]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10:80")]
    [InlineData("localhost:5005")]
    [InlineData("LOCALHOST")]
    [InlineData("app.localhost:3000")]
    [InlineData("[::1]:5005")]
    [InlineData("[::1]")]
    [InlineData("localhost.:5005")]
    public void Allows_LoopbackNamesAndAddresses(string host) => Assert.True(_default.Allows(host));

    [Theory]
    [InlineData("evil.example:5005")]
    [InlineData("evil.example")]
    [InlineData("localhost.evil.example")]
    [InlineData("127.0.0.1.evil.example")]
    [InlineData("evillocalhost")]
    [InlineData("192.168.1.5:5005")]
    [InlineData("[::2]:5005")]
    [InlineData("")]
    [InlineData(null)]
    public void Allows_OtherNames_IsFalse(string? host) => Assert.False(_default.Allows(host));

    [Fact]
    public void Allows_ConfiguredNamesWildcardsAndThePublicUrlsHost()
    {
        var list = new HostAllowList(["media.example.org", "*.lan.example", "box:8443"], "https://public.example.net:8443/base");

        Assert.True(list.Allows("media.example.org:5005"));
        Assert.True(list.Allows("MEDIA.example.org"));
        Assert.True(list.Allows("tv.lan.example"));
        Assert.True(list.Allows("box"));
        Assert.True(list.Allows("public.example.net:8443"));
        Assert.False(list.Allows("lan.example"));
        Assert.False(list.Allows("media.example.org.evil.example"));
        Assert.False(list.Allows("evil.example"));
    }

    [Fact]
    public void Allows_TheAddressTheRequestArrivedOn_NotAnother()
    {
        var local = System.Net.IPAddress.Parse("192.168.1.5");

        Assert.True(_default.Allows("192.168.1.5:5005", local));
        Assert.True(_default.Allows("192.168.1.5:5005", local.MapToIPv6()));
        Assert.False(_default.Allows("192.168.1.6:5005", local));
        Assert.False(_default.Allows("evil.example:5005", local));
    }
}
