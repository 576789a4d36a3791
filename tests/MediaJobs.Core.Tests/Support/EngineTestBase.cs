using MediaJobs.Core.Engine;
using MediaJobs.Testing;

namespace MediaJobs.Core.Tests.Support;

/// <summary>Engines a test creates are stopped and their folders deleted afterwards.</summary>
public abstract class EngineTestBase : IAsyncLifetime
{
    private readonly List<EngineHarness> _harnesses = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var h in _harnesses)
        {
            await h.DisposeAsync();
            h.DeleteFiles();
        }
    }

    /// <summary>A new engine on a new folder, not started.</summary>
    private protected async Task<EngineHarness> CreateAsync(Action<EngineOptions>? configure, params ScriptedPipeline[] pipelines) =>
        Track(await EngineHarness.CreateAsync(configure, pipelines));

    /// <summary>A new engine on a new folder, started.</summary>
    private protected async Task<EngineHarness> StartAsync(Action<EngineOptions>? configure, params ScriptedPipeline[] pipelines)
    {
        var h = await CreateAsync(configure, pipelines);
        await h.StartAsync();
        return h;
    }

    private protected Task<EngineHarness> StartAsync(params ScriptedPipeline[] pipelines) => StartAsync(null, pipelines);

    /// <summary>Hands an engine the test made itself (e.g. a restart on the same folder) to the clean-up.</summary>
    private protected EngineHarness Track(EngineHarness harness)
    {
        _harnesses.Add(harness);
        return harness;
    }
}
