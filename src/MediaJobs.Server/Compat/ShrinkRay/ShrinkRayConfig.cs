using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Engine;
using MediaJobs.Pipelines.Notifications;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Server.Compat.ShrinkRay.Contracts;

namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>
/// Shrinkray's <c>/api/config</c> over the settings MediaJobs really has: transcode workers (engine concurrency),
/// default CRFs, Pushover keys, the queue-drained notification, and whether originals are kept. A change applies at
/// once to this process and lasts until restart (set the <c>MediaJobs:…</c> key to keep it). Settings MediaJobs
/// does not have (schedule, tonemapping, output format, …) are refused by name, unknown keys too.
/// </summary>
public sealed class ShrinkRayConfig(EngineOptions engine, PipelineRegistry pipelines, TranscodeOptions transcode, NotificationOptions notifications)
{
    private static readonly HashSet<string> NotSupported = new(StringComparer.Ordinal)
    {
        "schedule_enabled", "schedule_start_hour", "schedule_end_hour", "output_format", "tonemap_hdr", "tonemap_algorithm",
        "max_concurrent_analyses", "log_level", "allow_same_codec", "keep_larger_files", "media_path", "temp_path",
    };

    private readonly int _defaultHevc = transcode.HevcCrf;
    private readonly int _defaultAv1 = transcode.Av1Crf;

    /// <summary><c>keep</c>: a created job keeps the original beside the new file (our <c>keep_original</c>).</summary>
    public bool KeepOriginals { get; private set; }

    /// <param name="hevc">The HEVC encoder the node's detection chose.</param>
    /// <param name="av1">The AV1 encoder the node's detection chose.</param>
    internal ShrinkRaySettings Read(string? mediaPath, bool showSecrets, VideoEncoder hevc, VideoEncoder av1)
    {
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
            QualityHevc: transcode.HevcCrf == _defaultHevc ? 0 : transcode.HevcCrf,
            QualityAv1: transcode.Av1Crf == _defaultAv1 ? 0 : transcode.Av1Crf,
            DefaultQualityHevc: _defaultHevc,
            DefaultQualityAv1: _defaultAv1,
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

    /// <summary>Validates every key first, then applies them all; the error message, or null when applied.</summary>
    public string? Update(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var changes = new List<Action>();
        foreach (var (key, value) in body)
        {
            string? problem;
            switch (key)
            {
                case "original_handling":
                    problem = Text(value, ["replace", "keep"], v => changes.Add(() => KeepOriginals = v == "keep"));
                    break;
                case "workers":
                    problem = Number(value, 1, 6, v => changes.Add(() => engine.Concurrency[TranscodePipeline.TypeName] = v));
                    break;
                case "quality_hevc":
                    problem = Number(value, 15, 40, v => changes.Add(() => transcode.HevcCrf = v == 0 ? _defaultHevc : v), allowZero: true);
                    break;
                case "quality_av1":
                    problem = Number(value, 20, 50, v => changes.Add(() => transcode.Av1Crf = v == 0 ? _defaultAv1 : v), allowZero: true);
                    break;
                case "pushover_user_key":
                    problem = Text(value, null, v => changes.Add(() => notifications.Pushover.User = v));
                    break;
                case "pushover_app_token":
                    problem = Text(value, null, v => changes.Add(() => notifications.Pushover.Token = v));
                    break;
                case "notify_on_complete":
                    problem = Flag(value, v => changes.Add(() => notifications.OnQueueDrained = v));
                    break;
                default:
                    return NotSupported.Contains(key) ? $"{key} is not supported by MediaJobs" : $"unknown setting: {key}";
            }
            if (problem is not null)
            {
                return $"{key} {problem}";
            }
        }
        changes.ForEach(apply => apply());
        return null;
    }

    private static string? Text(JsonNode? value, string[]? allowed, Action<string> accept)
    {
        if (value is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
        {
            return "must be a string";
        }
        var text = v.GetValue<string>();
        if (allowed is not null && !allowed.Contains(text, StringComparer.Ordinal))
        {
            return $"must be '{string.Join("' or '", allowed)}'";
        }
        accept(text);
        return null;
    }

    private static string? Number(JsonNode? value, int min, int max, Action<int> accept, bool allowZero = false)
    {
        if (value is not JsonValue v || v.GetValueKind() != JsonValueKind.Number || !v.TryGetValue<int>(out var n)
            || !((n >= min && n <= max) || (allowZero && n == 0)))
        {
            return $"must be between {min} and {max}{(allowZero ? " (or 0 for the default)" : "")}";
        }
        accept(n);
        return null;
    }

    private static string? Flag(JsonNode? value, Action<bool> accept)
    {
        if (value?.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            return "must be true or false";
        }
        accept(value.GetValue<bool>());
        return null;
    }
}
