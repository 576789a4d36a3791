namespace MediaJobs.Server.Nodes;

public sealed record NodeListResponse(IReadOnlyList<NodeResponse> Nodes);
