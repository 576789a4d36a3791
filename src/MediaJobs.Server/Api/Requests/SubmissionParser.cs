using System.Text.Json.Nodes;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Webhooks;
using MediaJobs.Server.Errors;

namespace MediaJobs.Server.Api.Requests;

/// <summary>
/// The native submit body <c>{type?, preset?, inputs?, options?, priority?, maxAttempts?}</c>, or seed 000's
/// legacy body (<c>brief</c>/<c>planSpec</c>/<c>voiceSpec</c>/<c>renderSpec</c>, and <c>imageProvider</c>, at the top level: a video job).
/// </summary>
internal static class SubmissionParser
{
    public const string DefaultType = "video";
    private static readonly string[] LegacyFields = ["brief", "planSpec", "voiceSpec", "renderSpec"];

    public static JobSubmission Parse(JsonObject body, string prefix, string correlationId, string? owner = null)
    {
        var type = JsonFields.OptionalString(body, "type", prefix);
        var preset = JsonFields.OptionalString(body, "preset", prefix);
        var inputs = JsonFields.OptionalObject(body, "inputs", prefix);
        var options = JsonFields.OptionalObject(body, "options", prefix) ?? [];
        var priority = JsonFields.OptionalInt(body, "priority", prefix, -1000, 1000) ?? 0;
        var maxAttempts = JsonFields.OptionalInt(body, "maxAttempts", prefix, 1, 100);
        var webhook = TakeWebhook(options, prefix + "options.");
        if (inputs is null && LegacyFields.Any(body.ContainsKey))
        {
            inputs = [];
            foreach (var field in LegacyFields)
            {
                if (JsonFields.OptionalObject(body, field, prefix) is { } value)
                {
                    inputs[field] = value;
                }
            }
            // Aura's CreatePage.tsx sends its image provider beside the legacy objects (null while none was picked).
            if (JsonFields.OptionalString(body, "imageProvider", prefix) is { } imageProvider)
            {
                inputs["imageProvider"] = imageProvider;
            }
            preset ??= "default";
            if (type is not null && type != DefaultType)
            {
                throw RequestProblemException.BadField(prefix + "type", $"The legacy body (brief, planSpec, voiceSpec, renderSpec) is a '{DefaultType}' job, not '{type}'.");
            }
        }
        return new JobSubmission
        {
            Type = string.IsNullOrWhiteSpace(type) ? DefaultType : type,
            Preset = string.IsNullOrWhiteSpace(preset) ? null : preset,
            Input = inputs ?? [],
            Options = options,
            Priority = priority,
            MaxAttempts = maxAttempts,
            CorrelationId = correlationId,
            Owner = owner,
            Webhook = webhook,
        };
    }

    /// <summary>
    /// <c>options.webhook {url, token?, jobId?}</c>, taken out of the options so the token is kept
    /// only with the job's webhook target (never echoed with the options).
    /// </summary>
    internal static WebhookTarget? TakeWebhook(JsonObject options, string prefix)
    {
        if (!options.ContainsKey("webhook"))
        {
            return null;
        }
        var webhook = JsonFields.OptionalObject(options, "webhook", prefix);
        options.Remove("webhook");
        if (webhook is null)
        {
            return null;
        }
        var field = prefix + "webhook.";
        var url = JsonFields.OptionalString(webhook, "url", field)
            ?? throw RequestProblemException.BadField(field + "url", "'webhook.url' is required: an absolute http or https URL.");
        return new WebhookTarget(url, JsonFields.OptionalString(webhook, "token", field), JsonFields.OptionalString(webhook, "jobId", field));
    }

    /// <summary>
    /// How this API names a field of a job's input (given relative to the input): <c>inputs.&lt;path&gt;</c>, except the
    /// objects of a legacy body, which the client sent at the top level (<c>brief.language</c>).
    /// </summary>
    public static Func<string, string> InputFieldNames(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var legacy = !body.ContainsKey("inputs") && LegacyFields.Any(body.ContainsKey);
        return path => legacy && LegacyFields.Any(f => path == f || path.StartsWith(f + ".", StringComparison.Ordinal)) ? path : "inputs." + path;
    }

    /// <summary>Core names the submitted input <c>input</c>; this API calls it <c>inputs</c>.</summary>
    public static string ToApiField(string field)
    {
        const string core = "input";
        var dot = field.LastIndexOf(']') + 1;
        var start = dot > 0 && dot < field.Length && field[dot] == '.' ? dot + 1 : 0;
        var rest = field[start..];
        return rest == core || rest.StartsWith(core + ".", StringComparison.Ordinal)
            ? string.Concat(field.AsSpan(0, start), "inputs", rest.AsSpan(core.Length))
            : field;
    }
}
