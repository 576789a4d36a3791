using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>The 202 of <c>POST /api/pdf/process</c> while the job runs (or when a webhook will report it).</summary>
/// <param name="Status">Always accepted.</param>
/// <param name="Worker">Always secretary.</param>
/// <param name="Process">The run: id, main_processor, started, is_from_cache.</param>
/// <param name="Job">The client's job id.</param>
/// <param name="Webhook">Where the result will be delivered, or null.</param>
/// <param name="Error">Always null.</param>
internal sealed record SecretaryPdfAccepted(
    string Status,
    string Worker,
    SecretaryProcess Process,
    SecretaryJobId Job,
    SecretaryPdfWebhook? Webhook,
    [property: JsonPropertyName("error")] SecretaryJobError? Error);

/// <summary>Where a PDF job's result goes.</summary>
/// <param name="DeliveredTo">The callback URL.</param>
internal sealed record SecretaryPdfWebhook([property: JsonPropertyName("delivered_to")] string DeliveredTo);
