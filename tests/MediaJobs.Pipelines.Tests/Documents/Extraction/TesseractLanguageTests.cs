using MediaJobs.Core.Errors;
using MediaJobs.Pipelines.Documents.Extraction;

namespace MediaJobs.Pipelines.Tests.Documents.Extraction;

[Trait("Tier", "Fast")]
public sealed class TesseractLanguageTests
{
    [Theory]
    [InlineData(null, "eng")]
    [InlineData("de", "deu")]
    [InlineData("en+de", "eng+deu")]
    [InlineData("fra", "fra")]
    public void FromRequest_Codes_MapToTesseract(string? requested, string expected) => Assert.Equal(expected, TesseractLanguage.FromRequest(requested));

    [Fact]
    public void FromRequest_Injection_IsRejected() =>
        Assert.Equal("language", Assert.Throws<JobValidationException>(() => TesseractLanguage.FromRequest("eng --psm 0")).Field);
}
