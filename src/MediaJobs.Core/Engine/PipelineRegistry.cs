using MediaJobs.Core.Pipelines;

namespace MediaJobs.Core.Engine;

/// <summary>The job types this server runs, by name.</summary>
public sealed class PipelineRegistry
{
    private readonly Dictionary<string, IJobPipeline> _byType;

    public PipelineRegistry(IEnumerable<IJobPipeline> pipelines)
    {
        _byType = new(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            if (!_byType.TryAdd(pipeline.Type, pipeline))
            {
                throw new InvalidOperationException($"Two pipelines claim the job type '{pipeline.Type}'.");
            }
        }
    }

    public IReadOnlyCollection<string> Types => _byType.Keys;

    public IReadOnlyCollection<IJobPipeline> All => _byType.Values;

    public IJobPipeline? Find(string type) => _byType.GetValueOrDefault(type);
}
