using System.Text.Json.Nodes;
using MediaJobs.Core.Configuration;
using MediaJobs.Core.Engine;
using MediaJobs.Pipelines.Notifications;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Server.Compat.ShrinkRay.Contracts;

namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>
/// Shrinkray's <c>/api/config</c> over MediaJobs' runtime settings: transcode workers (engine concurrency), default
/// CRFs, Pushover keys, the queue-drained notification, and whether originals are kept. Reads and writes go through
/// <see cref="RuntimeSettings"/> only: a change obeys the start-up rules, is stored, and reaches every node.
/// </summary>
public sealed class ShrinkRayConfig(RuntimeSettings settings, PipelineRegistry pipelines)
{
    /// <summary><c>keep</c>: a created job keeps the original beside the new file (our <c>keep_original</c>).</summary>
    public bool KeepOriginals => settings.Current<ShrinkRayOptions>().KeepOriginals;

    /// <param name="hevc">The HEVC encoder the node's detection chose.</param>
    /// <param name="av1">The AV1 encoder the node's detection chose.</param>
    internal ShrinkRaySettings Read(string? mediaPath, bool showSecrets, VideoEncoder hevc, VideoEncoder av1)
    {
        var engine = settings.Current<EngineOptions>();
        var transcode = settings.Current<TranscodeOptions>();
        var configured = settings.Configured<TranscodeOptions>();
        var notifications = settings.Current<NotificationOptions>();
        var workers = pipelines.Find(TranscodePipeline.TypeName) is { } pipeline ? engine.ConcurrencyFor(pipeline) : 0;
        return new(
            Version: typeof(ShrinkRayConfig).Assembly.GetName().Version?.ToString(3) ?? "",
            MediaPath: mediaPath ?? "",
            OriginalHandling: KeepOriginals ? "keep" : "replace",
            Workers: workers,
            HasTempPath: false,
            PushoverUserKey: showSecrets ? notifications.Pushover.User ?? "" : "",
            PushoverAppToken: showSecrets ? notifications.Pushover.Token ?? "" : "",
            PushoverConfigured: notifications.Pushover.IsEnabled,
            NotifyOnComplete: notifications.OnQueueDrained && notifications.IsEnabled,
            // Shrinkray's 0: no change from the default.
            QualityHevc: settings.Overrides.ContainsKey(ShrinkRayConfigKeys.HevcCrf) ? transcode.HevcCrf : 0,
            QualityAv1: settings.Overrides.ContainsKey(ShrinkRayConfigKeys.Av1Crf) ? transcode.Av1Crf : 0,
            DefaultQualityHevc: configured.HevcCrf,
            DefaultQualityAv1: configured.Av1Crf,
            HevcEncoder: ShrinkRayPresets.Accel(hevc.Name),
            Av1Encoder: ShrinkRayPresets.Accel(av1.Name),
            ScheduleEnabled: false,
            ScheduleStartHour: ShrinkRayDefaults.ScheduleStartHour,
            ScheduleEndHour: ShrinkRayDefaults.ScheduleEndHour,
            OutputFormat: ShrinkRayDefaults.OutputFormat,
            TonemapHdr: false,
            TonemapAlgorithm: ShrinkRayDefaults.TonemapAlgorithm,
            MaxConcurrentAnalyses: Math.Clamp(workers, 1, 3),
            LogLevel: ShrinkRayDefaults.LogLevel,
            AllowSameCodec: false,
            KeepLargerFiles: false);
    }

    /// <summary>
    /// Applies every field of <paramref name="body"/> or none. The error message names Shrinkray's field and the setting
    /// behind it (<c>quality_hevc must be an x265 CRF from 0 to 51. (MediaJobs:Transcode:HevcCrf)</c>); null when applied.
    /// </summary>
    public async Task<string?> UpdateAsync(JsonObject body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        var (changes, error) = ShrinkRayConfigKeys.Read(body);
        if (changes is null)
        {
            return error;
        }
        var refused = await settings.UpdateAsync(changes.ToDictionary(c => c.Key, c => c.Value.Value, StringComparer.OrdinalIgnoreCase), ct);
        return refused.Count == 0 ? null : string.Join(" ", refused.Select(r => Describe(r, changes)));
    }

    private static string Describe(RuntimeSettingError error, Dictionary<string, (string Field, string? Value)> changes) =>
        changes.TryGetValue(error.Key, out var change) && error.Message.StartsWith(error.Key + " ", StringComparison.OrdinalIgnoreCase)
            ? $"{change.Field} {error.Message[(error.Key.Length + 1)..]} ({error.Key})"
            : error.Message;
}
