using MediaJobs.Core.Errors;
using MediaJobs.Server.Compat.Secretary;
using MediaJobs.Server.Compat.ShrinkRay;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// The one place per surface that maps engine validation errors: it takes a path relative to the job input and adds
/// the surface's own prefix. No surface strips a prefix: engine input paths arrive relative.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class CompatFieldMappingTests
{
    [Theory]
    [InlineData("filename", "parameters.filename")]
    [InlineData("slides[2]", "parameters.slides[2]")]
    [InlineData("jobs[1].text", "jobs[1].parameters.text")]
    [InlineData("options.webhook.url", "webhook.url")]
    [InlineData("jobs[0].options.webhook.url", "jobs[0].webhook.url")]
    [InlineData("type", "type")]
    [InlineData("jobs[3].preset", "jobs[3].preset")]
    [InlineData("input", "input")]
    public void Secretary_SeedField_AddsParametersToInputPaths(string engine, string seed) =>
        Assert.Equal(seed, SecretaryErrors.SeedField(engine));

    [Fact]
    public void ShrinkRay_Invalid_NamesTheTopLevelField_WithoutAnyPrefix()
    {
        var result = ShrinkRayErrors.Shape.Invalid(JobValidationException.InInput("paths[0]", "must be a path string."));

        Assert.Equal(400, result.StatusCode);
        Assert.Equal("'paths[0]' must be a path string.", result.Value!.Error);
    }
}
