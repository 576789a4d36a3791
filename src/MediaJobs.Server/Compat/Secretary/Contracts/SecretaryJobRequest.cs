using System.ComponentModel;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>Body of seed 003's <c>POST /api/jobs/</c>, and each item of a batch (documentation; read by hand so errors keep the seed's shape).</summary>
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
{
    public const string ParametersDescription = "The job's inputs (pdf: filename, extraction_method, template, language, use_cache, include_assets; transformer: text, template, title, values; session: title, speakers, slides, media, template). May hold the webhook instead of the top level.";
}
