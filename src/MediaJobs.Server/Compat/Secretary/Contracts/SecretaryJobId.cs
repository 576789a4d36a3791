namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>A job named by its id, as the stream and the PDF answers carry it: <c>{"id": "…"}</c>.</summary>
/// <param name="Id">The client's job id (its <c>jobId</c>), else ours.</param>
internal sealed record SecretaryJobId(string Id);
