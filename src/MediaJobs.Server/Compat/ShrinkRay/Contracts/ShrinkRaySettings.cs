using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.ShrinkRay.Contracts;

/// <summary>Answer of <c>GET /api/config</c>: the settings MediaJobs has, in Shrinkray's names (see <see cref="ShrinkRayConfig"/>).</summary>
/// <param name="Version">The server's version.</param>
/// <param name="MediaPath">The first media root.</param>
/// <param name="OriginalHandling">replace, or keep (new jobs keep the original beside the new file).</param>
/// <param name="Workers">Transcode jobs run at once.</param>
/// <param name="HasTempPath">Always false (work files live in the data directory).</param>
/// <param name="PushoverUserKey">Admin keys only, else "".</param>
/// <param name="PushoverAppToken">Admin keys only, else "".</param>
/// <param name="PushoverConfigured">Whether Pushover notifications are set up.</param>
/// <param name="NotifyOnComplete">Whether a notification is sent when the queue drains.</param>
/// <param name="QualityHevc">The HEVC CRF, or 0 for the default.</param>
/// <param name="QualityAv1">The AV1 CRF, or 0 for the default.</param>
/// <param name="DefaultQualityHevc">The configured HEVC CRF.</param>
/// <param name="DefaultQualityAv1">The configured AV1 CRF.</param>
internal sealed record ShrinkRaySettings(
    string Version,
    [property: JsonPropertyName("media_path")] string MediaPath,
    [property: JsonPropertyName("original_handling")] string OriginalHandling,
    int Workers,
    [property: JsonPropertyName("has_temp_path")] bool HasTempPath,
    [property: JsonPropertyName("pushover_user_key")] string PushoverUserKey,
    [property: JsonPropertyName("pushover_app_token")] string PushoverAppToken,
    [property: JsonPropertyName("pushover_configured")] bool PushoverConfigured,
    [property: JsonPropertyName("notify_on_complete")] bool NotifyOnComplete,
    [property: JsonPropertyName("quality_hevc")] int QualityHevc,
    [property: JsonPropertyName("quality_av1")] int QualityAv1,
    [property: JsonPropertyName("default_quality_hevc")] int DefaultQualityHevc,
    [property: JsonPropertyName("default_quality_av1")] int DefaultQualityAv1);
