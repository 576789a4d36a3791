using System.Net;
using System.Text.Json;
using MediaJobs.Server.Tests.Auth;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// Shrinkray's settings as its web UI reads them: every field the real handler's <c>GET /api/config</c> sends
/// (gwlsn/shrinkray internal/api/handler.go), each with the JSON type the UI expects; and the server-wide probe
/// cache, which only an admin key may clear (issue 23).
/// </summary>
[Trait("Tier", "Fast")]
public sealed class ShrinkRaySettingsTests(AuthServerFixture server) : IClassFixture<AuthServerFixture>
{
    private const string Base = "/compat/shrinkray";

    /// <summary>The real handler's config map, key by key, with the JSON kind of its Go value.</summary>
    public static TheoryData<string, JsonValueKind> RealConfigFields => new()
    {
        { "version", JsonValueKind.String },
        { "media_path", JsonValueKind.String },
        { "original_handling", JsonValueKind.String },
        { "workers", JsonValueKind.Number },
        { "has_temp_path", JsonValueKind.False },
        { "pushover_user_key", JsonValueKind.String },
        { "pushover_app_token", JsonValueKind.String },
        { "pushover_configured", JsonValueKind.False },
        { "notify_on_complete", JsonValueKind.False },
        { "quality_hevc", JsonValueKind.Number },
        { "quality_av1", JsonValueKind.Number },
        { "default_quality_hevc", JsonValueKind.Number },
        { "default_quality_av1", JsonValueKind.Number },
        { "hevc_encoder", JsonValueKind.String },
        { "av1_encoder", JsonValueKind.String },
        { "schedule_enabled", JsonValueKind.False },
        { "schedule_start_hour", JsonValueKind.Number },
        { "schedule_end_hour", JsonValueKind.Number },
        { "output_format", JsonValueKind.String },
        { "tonemap_hdr", JsonValueKind.False },
        { "tonemap_algorithm", JsonValueKind.String },
        { "max_concurrent_analyses", JsonValueKind.Number },
        { "log_level", JsonValueKind.String },
        { "allow_same_codec", JsonValueKind.False },
        { "keep_larger_files", JsonValueKind.False },
    };

    [Theory]
    [MemberData(nameof(RealConfigFields))]
    public async Task GetConfig_AnyKey_CarriesTheRealHandlersFieldWithItsJsonType(string field, JsonValueKind kind)
    {
        using var alice = server.Client(AuthServerFixture.AliceKey);

        var config = await alice.GetJsonAsync($"{Base}/api/config");

        Assert.True(config.ContainsKey(field), $"{field} is missing from {config.ToJsonString()}");
        // Booleans: the kind says the type (false is their value here: none of them is on by default).
        Assert.Equal(kind, config[field]!.GetValueKind());
    }

    [Fact]
    public async Task GetConfig_Encoders_AreTheNodesDetectedOnesAndDefaultsAreShrinkRays()
    {
        using var alice = server.Client(AuthServerFixture.AliceKey);

        var config = await alice.GetJsonAsync($"{Base}/api/config");
        var encoders = await alice.GetJsonAsync($"{Base}/api/encoders");

        // The same detection as /api/encoders: its best (HEVC) encoder's acceleration.
        Assert.Equal((string?)encoders["best"]!["accel"], (string?)config["hevc_encoder"]);
        Assert.Contains((string?)config["av1_encoder"], new[] { "none", "nvenc", "qsv", "vaapi" });
        Assert.Equal((22, 6), ((int)config["schedule_start_hour"]!, (int)config["schedule_end_hour"]!));
        Assert.Equal(("mkv", "hable", "info"), ((string?)config["output_format"], (string?)config["tonemap_algorithm"], (string?)config["log_level"]));
        Assert.InRange((int)config["max_concurrent_analyses"]!, 1, 3);
    }

    [Fact]
    public async Task CacheClear_PlainKey_RefusedInShrinkRaysShape()
    {
        using var alice = server.Client(AuthServerFixture.AliceKey);

        using var refused = await alice.PostAsync($"{Base}/api/cache/clear", null);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var body = await refused.ReadJsonAsync();
        Assert.Equal(["error"], body.Select(p => p.Key));
        Assert.Equal("clearing the probe cache needs an admin API key", (string?)body["error"]);
    }

    [Fact]
    public async Task CacheClear_AdminKey_Clears()
    {
        using var root = server.Client(AuthServerFixture.RootKey);

        using var cleared = await root.PostAsync($"{Base}/api/cache/clear", null);

        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Equal("""{"status":"cache cleared"}""", await cleared.Content.ReadAsStringAsync());
    }
}
