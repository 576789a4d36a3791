using MediaJobs.Core.Webhooks;

namespace MediaJobs.Core.Tests.Webhooks;

[Trait("Tier", "Fast")]
public sealed class WebhookSignerTests
{
    [Fact]
    public void Sign_StandardWebhooksReferenceVector_MatchesThePublishedSignature()
    {
        var signer = new WebhookSigner(WebhookSecret.Parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));

        var signature = signer.Sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}");

        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    [Fact]
    public void Headers_GiveIdUnixSecondsAndSignatureOfThatTimestamp()
    {
        var signer = new WebhookSigner(WebhookSecret.Parse(WebhookSecret.Generate()));
        var at = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

        var headers = signer.Headers("msg_1", at, "{}");

        Assert.Equal("msg_1", headers[WebhookSigner.IdHeader]);
        Assert.Equal(at.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), headers[WebhookSigner.TimestampHeader]);
        Assert.Equal(signer.Sign("msg_1", at.ToUnixTimeSeconds(), "{}"), headers[WebhookSigner.SignatureHeader]);
        Assert.NotEqual(signer.Sign("msg_1", at.ToUnixTimeSeconds(), "{ }"), headers[WebhookSigner.SignatureHeader]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")]
    [InlineData("whsec_not base64!")]
    [InlineData("whsec_c2hvcnQ=")]
    public void Parse_MalformedSecret_ThrowsNamingTheSetting(string secret)
    {
        var ex = Assert.Throws<FormatException>(() => WebhookSecret.Parse(secret));

        Assert.Contains("MediaJobs:Webhooks:Secret", ex.Message, StringComparison.Ordinal);
    }
}
