using System.ComponentModel;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MediaJobs.Core.Webhooks;
using MediaJobs.Server.Api.Requests;
using MediaJobs.Server.Errors;

namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>Body of seed 003's <c>POST /api/jobs/</c>, and each item of a batch.</summary>
/// <param name="JobType">pdf, session or transformer.</param>
/// <param name="Parameters">The job's inputs (pdf: filename, extraction_method, template, language, use_cache, include_assets; transformer: text, template, title, values; session: title, speakers, slides, media, template). May hold the webhook instead of the top level.</param>
/// <param name="UserId">Shown as the job's user_id (default: the API key's id).</param>
/// <param name="Webhook">Signed progress and completion webhooks; here or in parameters.webhook, not both.</param>
internal sealed record SecretaryJobRequest(
    [property: JsonPropertyName("job_type")] string JobType,
    // An inline JsonObject schema does not take the XML comment, so its description is also an attribute.
    [property: Description(SecretaryJobRequest.ParametersDescription)] JsonObject? Parameters = null,
    [property: JsonPropertyName("user_id")] string? UserId = null,
    SecretaryWebhook? Webhook = null)
    : ICompatRequest<SecretaryJobRequest>
{
    public const string ParametersDescription = "The job's inputs (pdf: filename, extraction_method, template, language, use_cache, include_assets; transformer: text, template, title, values; session: title, speakers, slides, media, template). May hold the webhook instead of the top level.";

    public static readonly string[] JobTypes = ["pdf", "session", "transformer"];

    /// <summary>The webhook from either place, validated later by the engine (its errors name <c>webhook.url</c>).</summary>
    [JsonIgnore]
    public WebhookTarget? WebhookTarget { get; private init; }

    public static SecretaryJobRequest Read(JsonObject body) => Read(body, "");

    /// <summary>One job request; <paramref name="prefix"/> (<c>jobs[2].</c> in a batch) starts every field it names.</summary>
    /// <exception cref="RequestProblemException">A missing or wrong field.</exception>
    public static SecretaryJobRequest Read(JsonObject body, string prefix)
    {
        ArgumentNullException.ThrowIfNull(body);
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
        var nested = SubmissionParser.TakeWebhook(parameters, prefix + "parameters.");
        var topLevel = SubmissionParser.TakeWebhook(JsonFields.OptionalObject(body, "webhook", prefix) is { } hook ? new JsonObject { ["webhook"] = hook } : [], prefix);
        if (nested is not null && topLevel is not null)
        {
            throw RequestProblemException.BadField(prefix + "webhook", "Give the webhook once: in 'parameters.webhook' or at the top level, not both.");
        }
        // Seed 003's receivers get seed 003's body.
        var target = (nested ?? topLevel) is { } given ? given with { Surface = SecretaryWebhookPayloads.SurfaceName } : null;
        return new SecretaryJobRequest(
            type,
            parameters,
            JsonFields.OptionalString(body, "user_id", prefix),
            target is null ? null : new SecretaryWebhook(target.Url, target.Token, target.ClientJobId))
        {
            WebhookTarget = target,
        };
    }
}
