using System.Text.Json.Nodes;
using MediaJobs.Core.Configuration;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Pipelines.Notifications;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Browse;
using MediaJobs.Server.Compat.ShrinkRay.Contracts;
using MediaJobs.Server.Hosting;
using MediaJobs.Server.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>Shrinkray's presets, encoders (the real capability report), config and Pushover test.</summary>
internal static class ShrinkRaySettingsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var error = typeof(ShrinkRayError);
        api.MapGet("/api/presets", PresetsAsync).WithSummary("Shrinkray: the transcode presets, each with the encoder it uses")
            .Produces<IReadOnlyList<ShrinkRayPreset>>();
        api.MapGet("/api/encoders", EncodersAsync).WithSummary("Shrinkray: the encoders this server really has, the best HEVC one, VMAF support")
            .Produces<ShrinkRayEncoders>();
        api.MapGet("/api/config", GetConfigAsync).WithSummary("Shrinkray: the settings MediaJobs has, in Shrinkray's names")
            .Produces<ShrinkRaySettings>();
        api.MapPut("/api/config", PutConfigAsync).WithSummary("Shrinkray: change workers, default CRFs, Pushover keys, notify_on_complete, original_handling on every node, by the start-up rules (admin key)")
            .RequireAdmin("changing the configuration needs an admin API key")
            .DocumentsJsonBody<JsonObject>()
            .Produces<ShrinkRayStatusWord>()
            .Produces(StatusCodes.Status400BadRequest, error)
            .Produces(StatusCodes.Status403Forbidden, error)
            .Produces(StatusCodes.Status413PayloadTooLarge, error)
            .Produces(StatusCodes.Status415UnsupportedMediaType, error);
        api.MapPost("/api/pushover/test", TestPushoverAsync).WithSummary("Shrinkray: send a test notification through the configured Pushover service (admin key)")
            .RequireAdmin("sending notifications needs an admin API key")
            .Produces<ShrinkRayStatusWord>()
            .Produces(StatusCodes.Status400BadRequest, error)
            .Produces(StatusCodes.Status403Forbidden, error);
    }

    private static async Task<Ok<IReadOnlyList<ShrinkRayPreset>>> PresetsAsync(EncoderSelector encoders, CancellationToken ct) =>
        TypedResults.Ok(ShrinkRayPresets.Presets(await encoders.SelectAsync(VideoCodec.Hevc, ct), await encoders.SelectAsync(VideoCodec.Av1, ct)));

    private static async Task<Ok<ShrinkRayEncoders>> EncodersAsync(EncoderSelector encoders, ToolReport tools, CancellationToken ct) =>
        TypedResults.Ok(ShrinkRayPresets.Encoders(await encoders.SelectAsync(VideoCodec.Hevc, ct), await encoders.SelectAsync(VideoCodec.Av1, ct), await tools.GetAsync(ct)));

    private static async Task<Ok<ShrinkRaySettings>> GetConfigAsync(HttpContext http, ShrinkRayConfig config, MediaBrowser browser, EncoderSelector encoders, CancellationToken ct) =>
        TypedResults.Ok(config.Read(browser.Roots.FirstOrDefault(), showSecrets: http.GetCaller().IsAdmin,
            await encoders.SelectAsync(VideoCodec.Hevc, ct), await encoders.SelectAsync(VideoCodec.Av1, ct)));

    private static async Task<Results<Ok<ShrinkRayStatusWord>, JsonHttpResult<ShrinkRayError>>> PutConfigAsync(HttpContext http, ShrinkRayConfig config)
    {
        var (body, error) = await CompatRequest.ReadObjectAsync(http, ShrinkRayErrors.Shape);
        if (body is null)
        {
            return error!;
        }
        return await config.UpdateAsync(body, http.RequestAborted) is { } problem
            ? ShrinkRayErrors.Shape.Error(StatusCodes.Status400BadRequest, problem)
            : TypedResults.Ok(new ShrinkRayStatusWord("updated"));
    }

    private static async Task<Results<Ok<ShrinkRayStatusWord>, JsonHttpResult<ShrinkRayError>>> TestPushoverAsync(RuntimeSettings settings, Notifier notifier, CancellationToken ct)
    {
        if (!settings.Current<NotificationOptions>().Pushover.IsEnabled)
        {
            return ShrinkRayErrors.Shape.Error(StatusCodes.Status400BadRequest, "Pushover credentials not configured");
        }
        var outcomes = await notifier.SendAsync(new Notification("test", "Shrinkray test", "Test notification from MediaJobs"), ct);
        var pushover = outcomes.FirstOrDefault(o => o.StartsWith("pushover:", StringComparison.Ordinal)) ?? "pushover: not sent";
        return pushover == "pushover: ok"
            ? TypedResults.Ok(new ShrinkRayStatusWord("Test notification sent"))
            : ShrinkRayErrors.Shape.Error(StatusCodes.Status400BadRequest, pushover);
    }
}
