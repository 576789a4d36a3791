using MediaJobs.Core.Configuration;
using MediaJobs.Core.Engine;
using MediaJobs.Core.Storage;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Tests.Configuration;

/// <summary>The runtime settings service itself: only declared keys change, by the start-up rules, and the store keeps them.</summary>
[Trait("Tier", "Fast")]
public sealed class RuntimeSettingsTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private RuntimeSettings Settings => factory.Services.GetRequiredService<RuntimeSettings>();

    [Fact]
    public async Task Update_KeyNotDeclaredRuntimeChangeable_IsRefusedNamingIt()
    {
        var refused = await Settings.UpdateAsync(new Dictionary<string, string?> { ["MediaJobs:Engine:LeaseDuration"] = "00:00:09" }, CancellationToken.None);

        var error = Assert.Single(refused);
        Assert.Equal("MediaJobs:Engine:LeaseDuration", error.Key);
        Assert.Contains("cannot change while the server runs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_ValueOfTheWrongType_IsRefusedNamingTheKey()
    {
        var refused = await Settings.UpdateAsync(new Dictionary<string, string?> { ["MediaJobs:Engine:Concurrency:noop"] = "many" }, CancellationToken.None);

        var error = Assert.Single(refused);
        Assert.Equal("MediaJobs:Engine:Concurrency:noop", error.Key);
        Assert.StartsWith("MediaJobs:Engine:Concurrency:noop has a value of the wrong type", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_ValueTheStartUpRuleRefuses_IsRefusedNamingTheKey_AndNothingChanges()
    {
        var refused = await Settings.UpdateAsync(new Dictionary<string, string?> { ["MediaJobs:Transcode:X265Preset"] = "warp-speed" }, CancellationToken.None);

        var error = Assert.Single(refused);
        Assert.Equal("MediaJobs:Transcode:X265Preset", error.Key);
        Assert.StartsWith("MediaJobs:Transcode:X265Preset must be an x265 preset", error.Message, StringComparison.Ordinal);
        Assert.Equal("medium", factory.Services.GetRequiredService<IOptionsMonitor<TranscodeOptions>>().CurrentValue.X265Preset);
    }

    [Fact]
    public async Task Update_DictionaryEntry_AppliesLiveAndIsStored_NullPutsTheConfiguredValueBack()
    {
        const string Key = "MediaJobs:Engine:Concurrency:noop";
        var monitor = factory.Services.GetRequiredService<IOptionsMonitor<EngineOptions>>();
        var configured = monitor.CurrentValue.Concurrency.GetValueOrDefault("noop", -1);

        var applied = await Settings.UpdateAsync(new Dictionary<string, string?> { [Key] = "7" }, CancellationToken.None);
        var live = monitor.CurrentValue.Concurrency["noop"];
        var stored = await factory.Services.GetRequiredService<IJobStore>().GetSettingAsync(RuntimeSettings.StoreKey, CancellationToken.None);
        var reset = await Settings.UpdateAsync(new Dictionary<string, string?> { [Key] = null }, CancellationToken.None);

        Assert.Empty(applied);
        Assert.Equal(7, live);
        Assert.Contains("\"MediaJobs:Engine:Concurrency:noop\":\"7\"", stored, StringComparison.Ordinal);
        Assert.Empty(reset);
        Assert.Equal(configured, monitor.CurrentValue.Concurrency.GetValueOrDefault("noop", -1));
        Assert.False(Settings.Overrides.ContainsKey(Key));
    }

    [Fact]
    public async Task StoredBeforeVersions_IsReadAsVersionZero_AndTheNextChangeStoresAVersion()
    {
        var store = factory.Services.GetRequiredService<IJobStore>();
        await store.SetSettingAsync(RuntimeSettings.StoreKey, """{"MediaJobs:Transcode:SvtAv1Preset":"5"}""", CancellationToken.None);

        var legacy = await Settings.ReadAsync(CancellationToken.None);
        var update = await Settings.UpdateAsync(new Dictionary<string, string?> { ["MediaJobs:Transcode:Av1Crf"] = "30" }, 0, CancellationToken.None);
        var stored = await store.GetSettingAsync(RuntimeSettings.StoreKey, CancellationToken.None);
        var stale = await Settings.UpdateAsync(new Dictionary<string, string?> { ["MediaJobs:Transcode:Av1Crf"] = "31" }, 0, CancellationToken.None);
        await store.SetSettingAsync(RuntimeSettings.StoreKey, null, CancellationToken.None);
        await Settings.RefreshAsync(CancellationToken.None);

        Assert.Equal((0L, "5"), (legacy.Version, legacy.Values["MediaJobs:Transcode:SvtAv1Preset"]));
        Assert.Equal((RuntimeSettingsOutcome.Applied, 1L), (update.Outcome, update.Version));
        Assert.Equal("""{"version":1,"overrides":{"MediaJobs:Transcode:Av1Crf":"30","MediaJobs:Transcode:SvtAv1Preset":"5"}}""", stored);
        Assert.Equal((RuntimeSettingsOutcome.Stale, 1L), (stale.Outcome, stale.Version));
    }
}
