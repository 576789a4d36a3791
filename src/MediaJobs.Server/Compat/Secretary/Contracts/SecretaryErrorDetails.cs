namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>Which field was wrong.</summary>
/// <param name="Field">e.g. parameters.filename, jobs[1].job_type, webhook.url.</param>
internal sealed record SecretaryErrorDetails(string Field);
