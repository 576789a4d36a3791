namespace MediaJobs.Server.Api.Contracts;

/// <summary>Where a job's webhooks go: the URL, the caller's own job id, whether a bearer token is sent.</summary>
internal sealed record WebhookTargetResponse(string Url, string? JobId, bool HasToken);
