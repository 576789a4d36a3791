namespace MediaJobs.Core.Events;

/// <summary>Events after <see cref="AfterId"/>, oldest first; one job's or all.</summary>
public sealed record EventQuery(string? JobId, long AfterId, int Limit = 500);
