namespace MediaJobs.Core.Pipelines;

/// <summary>The result fields the engine itself writes (a pipeline names its own).</summary>
public static class JobResultNames
{
    /// <summary>
    /// The details of the running step's last progress report (e.g. an encode's speed and ETA), for display while it
    /// runs. Steps hand state to later steps as typed results (<see cref="ResultKey{T}"/>), never through this.
    /// </summary>
    public const string Progress = "progress";
}
