using MediaJobs.Server.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Tests.Telemetry;

/// <summary>Log levels hold wherever the server starts (no appsettings.json in the content root), and configuration still wins.</summary>
[Trait("Tier", "Fast")]
public sealed class LoggingDefaultsTests : IDisposable
{
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("mediajobs-logging-").FullName;

    [Fact]
    public void WithoutAppSettings_RequestLinesAreOffAndLifetimeLinesOn()
    {
        using var app = Build();
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();

        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information));
        Assert.True(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Warning));
        Assert.False(loggers.CreateLogger("System.Net.Http.HttpClient.Default.LogicalHandler").IsEnabled(LogLevel.Information));
        Assert.True(loggers.CreateLogger("Microsoft.Hosting.Lifetime").IsEnabled(LogLevel.Information));
        Assert.True(loggers.CreateLogger("MediaJobs.Core.Engine.JobEngine").IsEnabled(LogLevel.Information));
        Assert.Equal(ConsoleFormatterNames.Simple, app.Services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName ?? ConsoleFormatterNames.Simple);
    }

    [Fact]
    public void ConfiguredLevel_OverridesTheDefault()
    {
        using var app = Build("--Logging:LogLevel:Microsoft.AspNetCore=Information");

        Assert.True(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information));
    }

    [Theory]
    [InlineData("--MediaJobs:Logging:Json=true")]
    [InlineData("--Logging:Console:FormatterName=json")]
    public void JsonSwitch_SelectsTheJsonConsoleFormatter(string setting)
    {
        using var app = Build(setting);

        Assert.Equal(ConsoleFormatterNames.Json, app.Services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName);
    }

    private WebApplication Build(params string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = _contentRoot });
        builder.AddMediaJobsLogging();
        return builder.Build();
    }

    public void Dispose() => Directory.Delete(_contentRoot, recursive: true);
}
