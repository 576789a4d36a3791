using System.Text.Json.Nodes;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Webhooks;
using MediaJobs.Server.Api.Requests;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Errors;
using CorrelationId = MediaJobs.Server.Correlation.CorrelationId;

namespace MediaJobs.Server.Compat.Secretary;

/// <summary>
/// One seed 003 job request <c>{job_type, parameters, user_id?, webhook?}</c> as a submission:
/// <c>parameters</c> become the job's inputs; the webhook (in <c>parameters.webhook</c> as the seed
/// documents, or at the top level) becomes the job's webhook target and is never echoed.
/// </summary>
internal static class SecretaryRequest
{
    /// <summary>Where the request's <c>user_id</c> is kept on the job.</summary>
    public const string UserIdOption = "user_id";

    public static readonly string[] JobTypes = ["pdf", "session", "transformer"];

    /// <exception cref="RequestProblemException">A missing or wrong field, named with <paramref name="prefix"/>.</exception>
    public static JobSubmission Parse(JsonObject body, string prefix, HttpContext http)
    {
        var type = JsonFields.OptionalString(body, "job_type", prefix);
        if (string.IsNullOrWhiteSpace(type))
        {
            throw RequestProblemException.BadField(prefix + "job_type", $"'{prefix}job_type' is required: one of {string.Join(", ", JobTypes)}.");
        }
        if (!JobTypes.Contains(type, StringComparer.Ordinal))
        {
            throw RequestProblemException.BadField(prefix + "job_type", $"Unsupported job_type '{type}'. Supported: {string.Join(", ", JobTypes)}.");
        }
        var parameters = JsonFields.OptionalObject(body, "parameters", prefix) ?? [];
        var nested = TakeWebhook(parameters, prefix + "parameters.");
        var topLevel = TakeWebhook(JsonFields.OptionalObject(body, "webhook", prefix) is { } hook ? new JsonObject { ["webhook"] = hook } : [], prefix);
        if (nested is not null && topLevel is not null)
        {
            throw RequestProblemException.BadField(prefix + "webhook", "Give the webhook once: in 'parameters.webhook' or at the top level, not both.");
        }
        var options = new JsonObject();
        if (JsonFields.OptionalString(body, "user_id", prefix) is { Length: > 0 } user)
        {
            options[UserIdOption] = user;
        }
        return new JobSubmission
        {
            Type = type,
            Preset = "default",
            Input = parameters,
            Options = options,
            CorrelationId = CorrelationId.Get(http),
            Owner = http.GetCaller().Owner,
            Webhook = nested ?? topLevel,
        };
    }

    /// <summary>Secretary's name for the job's input: input fields (named relative to it) are <c>parameters.&lt;field&gt;</c>.</summary>
    public const string InputPrefix = "parameters.";

    /// <summary>Core's field names outside the input (<c>input</c> for its size, <c>options.webhook.url</c>) in this surface's words.</summary>
    public static string ToSeedField(string field) => field
        .Replace("input.", InputPrefix, StringComparison.Ordinal)
        .Replace("options.webhook", "webhook", StringComparison.Ordinal);

    private static WebhookTarget? TakeWebhook(JsonObject holder, string prefix) => SubmissionParser.TakeWebhook(holder, prefix);
}
