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
