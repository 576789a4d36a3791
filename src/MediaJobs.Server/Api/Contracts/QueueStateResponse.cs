namespace MediaJobs.Server.Api.Contracts;

public sealed record QueueStateResponse(bool Paused, int Running, int Queued);
