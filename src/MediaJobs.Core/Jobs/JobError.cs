namespace MediaJobs.Core.Jobs;

/// <summary>A user-facing error or warning: what happened and what to do about it.</summary>
public sealed record JobError(string Code, string Message, string? Remediation = null);
