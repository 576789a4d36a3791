using System.Net;
using System.Text;
using MediaJobs.Core.Engine;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Server.Compat.ShrinkRay;
using MediaJobs.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Tests.Configuration;

/// <summary>
/// Two nodes on one data folder and one SQLite store: a change made through Shrinkray's <c>PUT /api/config</c> on one
/// node is checked by the start-up rules (a refusal is Shrinkray's 400 naming the field) and, once accepted, reaches the
/// other node through the store.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class RuntimeSettingsNodesTests : IDisposable
{
    private const string Config = "/compat/shrinkray/api/config";
    private readonly MediaJobsServerFactory _a;
    private readonly MediaJobsServerFactory _b;
    private readonly HttpClient _clientA;
    private readonly HttpClient _clientB;

    public RuntimeSettingsNodesTests()
    {
        _a = new MediaJobsServerFactory(null, Node("node-a"));
        _clientA = _a.CreateClient();
        _b = new MediaJobsServerFactory(_a.DataDirectory, Node("node-b"));
        _clientB = _b.CreateClient();
    }

    public void Dispose()
    {
        _clientB.Dispose();
        _clientA.Dispose();
        _b.Dispose();
        _a.Dispose();
    }

    [Theory]
    [InlineData("""{"quality_hevc": 52}""", "quality_hevc must be an x265 CRF from 0 to 51. (MediaJobs:Transcode:HevcCrf)")]
    [InlineData("""{"quality_av1": 64}""", "quality_av1 must be an SVT-AV1 CRF from 0 to 63. (MediaJobs:Transcode:Av1Crf)")]
    [InlineData("""{"workers": -1}""", "workers must be a whole number from 0 to 1024 (it is -1; 0: this node runs none of this type). (MediaJobs:Engine:Concurrency:transcode)")]
    [InlineData("""{"quality_hevc": 30, "quality_av1": 99}""", "quality_av1 must be an SVT-AV1 CRF from 0 to 63. (MediaJobs:Transcode:Av1Crf)")]
    public async Task PutConfig_ValueStartUpWouldRefuse_IsShrinkRays400NamingTheField_AndChangesNothing(string body, string error)
    {
        using var refused = await _clientA.PutAsync(Config, Json(body));
        var after = await _clientA.GetJsonAsync(Config);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["error"], (await refused.ReadJsonAsync()).Select(p => p.Key));
        Assert.Equal(error, (string?)(await refused.ReadJsonAsync())["error"]);
        // All or none: the valid quality_hevc of the last case was not applied either.
        Assert.Equal((0, 0, 1), ((int)after["quality_hevc"]!, (int)after["quality_av1"]!, (int)after["workers"]!));
    }

    [Fact]
    public async Task PutConfig_ValidChangeOnOneNode_IsSeenByTheOtherNodeWithinSeconds()
    {
        var engineChanged = Changed<EngineOptions>(_b);
        var transcodeChanged = Changed<TranscodeOptions>(_b);
        var shrinkRayChanged = Changed<ShrinkRayOptions>(_b);

        using var put = await _clientA.PutAsync(Config, Json("""{"workers": 3, "quality_hevc": 30, "original_handling": "keep"}"""));
        Assert.Equal("""{"status":"updated"}""", await put.Content.ReadAsStringAsync());
        await Task.WhenAll(engineChanged, transcodeChanged, shrinkRayChanged).WaitAsync(TimeSpan.FromSeconds(10));
        var seenByB = await _clientB.GetJsonAsync(Config);

        Assert.Equal(3, (int)seenByB["workers"]!);
        Assert.Equal(30, (int)seenByB["quality_hevc"]!);
        Assert.Equal(26, (int)seenByB["default_quality_hevc"]!);
        Assert.Equal("keep", (string?)seenByB["original_handling"]);
        Assert.Equal(30, _b.Services.GetRequiredService<IOptionsMonitor<TranscodeOptions>>().CurrentValue.HevcCrf);
        // The engine's worker count for the type, as the claim loop reads it.
        Assert.Equal(3, _b.Services.GetRequiredService<IOptionsMonitor<EngineOptions>>().CurrentValue.Concurrency[TranscodePipeline.TypeName]);
    }

    private static Task Changed<T>(MediaJobsServerFactory node)
    {
        var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        node.Services.GetRequiredService<IOptionsMonitor<T>>().OnChange(_ => changed.TrySetResult());
        return changed.Task;
    }

    private static Dictionary<string, string?> Node(string name) => new()
    {
        ["MediaJobs:Engine:NodeName"] = name,
        ["MediaJobs:Settings:PollInterval"] = "00:00:00.100",
        ["MediaJobs:Transcode:DetectHardware"] = "false",
    };

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
