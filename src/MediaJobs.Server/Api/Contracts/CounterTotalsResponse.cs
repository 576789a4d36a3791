namespace MediaJobs.Server.Api.Contracts;

/// <summary>A declared counter's totals: since the last session reset, and ever.</summary>
internal sealed record CounterTotalsResponse(long Session, long Lifetime);
