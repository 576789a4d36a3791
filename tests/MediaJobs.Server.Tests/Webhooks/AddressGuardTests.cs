using System.Net;
using MediaJobs.Server.Webhooks;

namespace MediaJobs.Server.Tests.Webhooks;

[Trait("Tier", "Fast")]
public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.10.0.3")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.0.10")]
    [InlineData("169.254.169.254")]
    [InlineData("169.254.1.1")]
    [InlineData("0.0.0.0")]
    [InlineData("100.64.0.1")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fc00::1")]
    [InlineData("fd12:3456::1")]
    [InlineData("fe80::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    public void Refusal_InternalAddress_IsRefused(string address)
    {
        Assert.NotNull(AddressGuard.Refusal(IPAddress.Parse(address)));
    }

    /// <summary>Issue 10, finding 8: IPv6 forms that reach an internal IPv4 address through a translator.</summary>
    [Theory]
    [InlineData("::127.0.0.1", "IPv4-compatible")]
    [InlineData("::10.0.0.1", "IPv4-compatible")]
    [InlineData("::ffff:0:10.0.0.1", "IPv4-translated")]
    [InlineData("::ffff:169.254.169.254", "metadata")]
    [InlineData("64:ff9b::7f00:1", "NAT64")]
    [InlineData("64:ff9b::a9fe:a9fe", "metadata")]
    [InlineData("64:ff9b::c0a8:1", "NAT64")]
    [InlineData("64:ff9b:1:7f00:0:100::", "local-use NAT64")]
    [InlineData("64:ff9b:1::a00:1", "local-use NAT64")]
    [InlineData("2002:7f00:1::", "6to4")]
    [InlineData("2002:c0a8:101::1", "6to4")]
    [InlineData("2001:0:4136:e378:8000:63bf:80ff:fffe", "Teredo")]
    public void Refusal_IPv6EmbeddingAnInternalIPv4_IsRefusedNamingTheForm(string address, string words)
    {
        var refusal = AddressGuard.Refusal(IPAddress.Parse(address));

        Assert.NotNull(refusal);
        Assert.Contains(words, refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("64:ff9b::808:808")]
    [InlineData("2002:808:808::1")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("2001:4860:4860::8888")]
    public void Refusal_IPv6EmbeddingAPublicIPv4_IsAllowed(string address)
    {
        Assert.Null(AddressGuard.Refusal(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700:4700::1111")]
    public void Refusal_PublicAddress_IsAllowed(string address)
    {
        Assert.Null(AddressGuard.Refusal(IPAddress.Parse(address)));
    }

    [Fact]
    public void Refusal_MetadataAddress_SaysSo()
    {
        Assert.Contains("metadata", AddressGuard.Refusal(IPAddress.Parse("169.254.169.254")), StringComparison.Ordinal);
    }
}
