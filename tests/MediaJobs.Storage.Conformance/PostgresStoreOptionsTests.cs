using MediaJobs.Core.Hosting;
using MediaJobs.Storage.Postgres;

namespace MediaJobs.Storage.Conformance;

/// <summary>The PostgreSQL store's options as the server checks them at start-up: each failure names its key.</summary>
[Trait("Tier", "Fast")]
public sealed class PostgresStoreOptionsTests
{
    private static readonly SectionValidator<PostgresStoreOptions> Validator = new(PostgresStoreOptions.SectionName);

    [Fact]
    public void Validate_Defaults_Pass()
    {
        Assert.True(Validator.Validate(null, new PostgresStoreOptions()).Succeeded);
    }

    [Theory]
    [InlineData(0, 2, "MediaJobs:Storage:Postgres:MaxWriteBatch must be a whole number from 1 to 4096.")]
    [InlineData(4097, 2, "MediaJobs:Storage:Postgres:MaxWriteBatch must be a whole number from 1 to 4096.")]
    [InlineData(256, 0, "MediaJobs:Storage:Postgres:WriterConnections must be a whole number from 1 to 32.")]
    [InlineData(256, 33, "MediaJobs:Storage:Postgres:WriterConnections must be a whole number from 1 to 32.")]
    public void Validate_WriterOutOfRange_FailsNamingTheKey(int maxWriteBatch, int writerConnections, string expected)
    {
        var result = Validator.Validate(null, new PostgresStoreOptions { MaxWriteBatch = maxWriteBatch, WriterConnections = writerConnections });

        Assert.True(result.Failed);
        Assert.Equal([expected], result.Failures);
    }

    [Fact]
    public void Validate_ZeroPollInterval_FailsNamingTheKey()
    {
        var result = Validator.Validate(null, new PostgresStoreOptions { PollInterval = TimeSpan.Zero });

        Assert.True(result.Failed);
        Assert.StartsWith("MediaJobs:Storage:Postgres:PollInterval must be a duration", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }
}
