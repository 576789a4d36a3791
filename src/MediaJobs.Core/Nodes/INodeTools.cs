namespace MediaJobs.Core.Nodes;

/// <summary>
/// The external tools this node found (lower-case names such as <c>ffmpeg</c>, <c>tesseract</c>, <c>pdftotext</c>).
/// The engine claims only job types whose <see cref="Pipelines.IJobPipeline.RequiredTools"/> are all here, so a
/// node without a tool leaves that type's jobs to the nodes that have it.
/// </summary>
public interface INodeTools
{
    /// <summary>Answers once the node's tool check has run (the first claim waits for it).</summary>
    Task<IReadOnlySet<string>> GetAvailableAsync(CancellationToken ct);
}
