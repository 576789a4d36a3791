namespace MediaJobs.Server.Api.Contracts;

/// <param name="Waiting">Job types this node holds back now, and why (e.g. the disk is nearly full); empty when none.</param>
internal sealed record QueueStateResponse(bool Paused, int Running, int Queued, IReadOnlyDictionary<string, string> Waiting);
