namespace MediaJobs.Core.Tests.Engine;

/// <summary>Tests that load the whole test process (a starved thread pool) run alone, so they slow no other test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideCollection
{
    public const string Name = "Process-wide engine tests";
}
