namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>Why a job failed.</summary>
/// <param name="Code">e.g. MissingApiKey:MISTRAL_API_KEY, Cancelled.</param>
/// <param name="Message">What went wrong.</param>
/// <param name="Remediation">What to do about it, or null.</param>
internal sealed record SecretaryJobError(string Code, string Message, string? Remediation);
