using MediaJobs.Core.Pipelines;
using MediaJobs.Server.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Server.Tests.Telemetry;

/// <summary>What a step logs carries the job's id and correlation id as scope values (JSON console: "Scopes").</summary>
[Trait("Tier", "Fast")]
public sealed class JobLogScopeTests : IDisposable
{
    private readonly CapturingLoggerProvider _logs = new();
    private readonly MediaJobsServerFactory _server = new();
    private readonly WebApplicationFactory<Program> _factory;

    public JobLogScopeTests() => _factory = _server.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
    {
        s.AddSingleton<ILoggerProvider>(_logs);
        s.AddSingleton<IJobPipeline, LoggingPipeline>();
    }));

    [Fact]
    public async Task LogInsideAStep_CarriesJobIdAndCorrelationId()
    {
        using var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Correlation-ID", "scope-test-7");
        var id = await client.SubmitAsync("""{"type":"logs"}""");
        Assert.Equal("Succeeded", (string?)(await client.WaitForFinalAsync(id))["status"]);

        var line = Assert.Single(_logs.Lines, l => l.Message == LoggingPipeline.Message);

        Assert.Equal(id, line.Scope["JobId"]);
        Assert.Equal("scope-test-7", line.Scope["CorrelationId"]);
        Assert.Equal("logs", line.Scope["JobType"]);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _server.Dispose();
    }

    /// <summary>Job type <c>logs</c>: one step that writes one log line through the host's logger.</summary>
    private sealed class LoggingPipeline(ILogger<LoggingPipeline> logger) : IJobPipeline, IJobStep
    {
        public const string Message = "logged from inside a step";

        public string Type => "logs";

        public IReadOnlyList<string> Presets { get; } = ["default"];

        public string Name => "log";

        public IReadOnlyList<string> Prepare(JobSubmission submission) => [Name];

        public IJobStep GetStep(string name) => this;

        public Task ExecuteAsync(StepContext context, CancellationToken ct)
        {
            logger.LogInformation(Message);
            return Task.CompletedTask;
        }
    }
}
