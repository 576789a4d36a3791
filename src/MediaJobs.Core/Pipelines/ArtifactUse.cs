namespace MediaJobs.Core.Pipelines;

/// <summary>What a published file is for.</summary>
public enum ArtifactUse
{
    /// <summary>Kept for later steps and retries (listed under the job's artifacts), not a result.</summary>
    Intermediate,
    /// <summary>A result of the job (listed in its output).</summary>
    Output,
    /// <summary>The job's main result: first in its output, what <c>/output</c> serves by default.</summary>
    PrimaryOutput,
}
