using MediaJobs.Core.Hosting;
using MediaJobs.Server.Uploads;

namespace MediaJobs.Server.Tests.Uploads;

/// <summary>Issue 23: the upload limits are checked at start, each failure naming its key, the rules between them included.</summary>
[Trait("Tier", "Fast")]
public sealed class UploadOptionsTests
{
    private readonly SectionValidator<UploadOptions> _validator = new(UploadOptions.SectionName);

    [Fact]
    public void Validate_Defaults_Pass()
    {
        var defaults = new UploadOptions();

        Assert.True(_validator.Validate(null, defaults).Succeeded);
        Assert.True(defaults.MaxBytes <= defaults.MaxRequestBytes && defaults.MaxRequestBytes <= defaults.MaxBytesPerKey);
    }

    [Fact]
    public void Validate_ZeroSweepInterval_FailsNamingTheKey()
    {
        var result = _validator.Validate(null, new UploadOptions { SweepInterval = TimeSpan.Zero });

        Assert.True(result.Failed);
        Assert.Contains("MediaJobs:Uploads:SweepInterval must be a duration from 00:00:01", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 1024, 2048, "MediaJobs:Uploads:MaxBytes must be a whole number of bytes")]
    [InlineData(4096, 1024, 8192, "MediaJobs:Uploads:MaxBytes must not be larger than MaxRequestBytes (1024)")]
    [InlineData(512, 4096, 2048, "MediaJobs:Uploads:MaxRequestBytes must not be larger than MaxBytesPerKey (2048)")]
    [InlineData(512, 1024, -1, "MediaJobs:Uploads:MaxBytesPerKey must be a whole number of bytes")]
    public void Validate_LimitsOutOfRangeOrOutOfOrder_FailNamingTheKey(long file, long request, long perKey, string expected)
    {
        var result = _validator.Validate(null, new UploadOptions { MaxBytes = file, MaxRequestBytes = request, MaxBytesPerKey = perKey });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }
}
