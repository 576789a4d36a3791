namespace MediaJobs.Core.Nodes;

/// <summary>
/// The external tools this node found (lower-case names such as <c>ffmpeg</c>, <c>tesseract</c>, <c>pdftotext</c>).
/// A node without a tool that another live node has leaves the jobs needing it (<see cref="Pipelines.IJobPipeline.RequiredTools"/>,
/// <see cref="Jobs.Job.RequiredTools"/>) to that node.
/// </summary>
public interface INodeTools
{
    /// <summary>Answers once the node's tool check has run (the first claim waits for it).</summary>
    Task<IReadOnlySet<string>> GetAvailableAsync(CancellationToken ct);
}
