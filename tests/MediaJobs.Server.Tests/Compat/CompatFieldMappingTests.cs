using MediaJobs.Core.Errors;
using MediaJobs.Server.Compat;
using MediaJobs.Server.Compat.Secretary;
using MediaJobs.Server.Compat.ShrinkRay;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// The one place per surface that maps engine validation errors: it takes a path relative to the job input and adds
/// the surface's own prefix, and (until the typed step input lands) tolerates a leading <c>inputs.</c>.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class CompatFieldMappingTests
{
    [Theory]
    [InlineData("filename", "parameters.filename")]
    [InlineData("inputs.filename", "parameters.filename")]
    [InlineData("input.filename", "parameters.filename")]
    [InlineData("slides[2]", "parameters.slides[2]")]
    [InlineData("jobs[1].inputs.text", "jobs[1].parameters.text")]
    [InlineData("jobs[1].text", "jobs[1].parameters.text")]
    [InlineData("options.webhook.url", "webhook.url")]
    [InlineData("jobs[0].options.webhook.url", "jobs[0].webhook.url")]
    [InlineData("type", "type")]
    [InlineData("jobs[3].preset", "jobs[3].preset")]
    [InlineData("input", "input")]
    public void Secretary_SeedField_AddsParametersToInputPaths(string engine, string seed) =>
        Assert.Equal(seed, SecretaryErrors.SeedField(engine));

    [Theory]
    [InlineData("inputs.topic", "topic")]
    [InlineData("topic", "topic")]
    [InlineData("paths[0]", "paths[0]")]
    public void Relative_StripsOnlyALeadingInputs(string path, string relative) =>
        Assert.Equal(relative, CompatFields.Relative(path));

    [Theory]
    [InlineData("inputs.paths[0]", "'inputs.paths[0]' must be a path string.")]
    [InlineData("paths[0]", "'paths[0]' must be a path string.")]
    public void ShrinkRay_Invalid_NamesTheTopLevelField(string field, string message)
    {
        var result = ShrinkRayErrors.Shape.Invalid(new JobValidationException(field, message));

        Assert.Equal(400, result.StatusCode);
        Assert.Equal("'paths[0]' must be a path string.", result.Value!.Error);
    }
}
