namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>Where a job's webhooks go.</summary>
/// <param name="Url">An absolute http(s) URL.</param>
/// <param name="Token">Sent as 'Authorization: Bearer &lt;token&gt;'.</param>
/// <param name="JobId">Your id for the job: the webhooks' process.id.</param>
internal sealed record SecretaryWebhook(string Url, string? Token = null, string? JobId = null);
