using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Engine;
using MediaJobs.Pipelines.Notifications;
using MediaJobs.Pipelines.Transcode;

namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>
/// Shrinkray's config fields as runtime-setting changes: each field's JSON kind is checked here (the wire shape), its
/// value by the setting's start-up rules in <see cref="Core.Configuration.RuntimeSettings"/>. Fields MediaJobs does not have
/// (schedule, tonemapping, output format, …) are refused by name, unknown ones too.
/// </summary>
internal static class ShrinkRayConfigKeys
{
    public const string KeepOriginals = $"{ShrinkRayOptions.SectionName}:{nameof(ShrinkRayOptions.KeepOriginals)}";
    public const string Workers = $"{EngineOptions.SectionName}:{nameof(EngineOptions.Concurrency)}:{TranscodePipeline.TypeName}";
    public const string HevcCrf = $"{TranscodeOptions.SectionName}:{nameof(TranscodeOptions.HevcCrf)}";
    public const string Av1Crf = $"{TranscodeOptions.SectionName}:{nameof(TranscodeOptions.Av1Crf)}";
    public const string PushoverUser = $"{NotificationOptions.SectionName}:{nameof(NotificationOptions.Pushover)}:{nameof(PushoverOptions.User)}";
    public const string PushoverToken = $"{NotificationOptions.SectionName}:{nameof(NotificationOptions.Pushover)}:{nameof(PushoverOptions.Token)}";
    public const string OnQueueDrained = $"{NotificationOptions.SectionName}:{nameof(NotificationOptions.OnQueueDrained)}";

    private static readonly HashSet<string> NotSupported = new(StringComparer.Ordinal)
    {
        "schedule_enabled", "schedule_start_hour", "schedule_end_hour", "output_format", "tonemap_hdr", "tonemap_algorithm",
        "max_concurrent_analyses", "log_level", "allow_same_codec", "keep_larger_files", "media_path", "temp_path",
    };

    /// <summary>The changes <paramref name="body"/> asks for, field by field (configuration key → value, null: the default); or the error.</summary>
    public static (Dictionary<string, (string Field, string? Value)>? Changes, string? Error) Read(JsonObject body)
    {
        var changes = new Dictionary<string, (string, string?)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (field, value) in body)
        {
            (string? Key, string? Value, string? Problem) parsed = field switch
            {
                "original_handling" => Text(value, ["replace", "keep"]) is { } t ? (KeepOriginals, Flag(t == "keep"), null) : (null, null, "must be 'replace' or 'keep'"),
                "workers" => Number(value) is { } n ? (Workers, Invariant(n), null) : (null, null, "must be a whole number"),
                // Shrinkray's 0: the default, the configured value.
                "quality_hevc" => Number(value) is { } n ? (HevcCrf, n == 0 ? null : Invariant(n), null) : (null, null, "must be a whole number (or 0 for the default)"),
                "quality_av1" => Number(value) is { } n ? (Av1Crf, n == 0 ? null : Invariant(n), null) : (null, null, "must be a whole number (or 0 for the default)"),
                "pushover_user_key" => Text(value, null) is { } t ? (PushoverUser, t, null) : (null, null, "must be a string"),
                "pushover_app_token" => Text(value, null) is { } t ? (PushoverToken, t, null) : (null, null, "must be a string"),
                "notify_on_complete" => value?.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                    ? (OnQueueDrained, Flag(value.GetValue<bool>()), null) : (null, null, "must be true or false"),
                _ => (null, null, NotSupported.Contains(field) ? "is not supported by MediaJobs" : null),
            };
            if (parsed.Key is null)
            {
                return (null, parsed.Problem is null ? $"unknown setting: {field}" : $"{field} {parsed.Problem}");
            }
            changes[parsed.Key] = (field, parsed.Value);
        }
        return (changes, null);
    }

    private static string? Text(JsonNode? value, string[]? allowed) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() is var text
            && (allowed is null || allowed.Contains(text, StringComparer.Ordinal)) ? text : null;

    private static int? Number(JsonNode? value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n) ? n : null;

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
