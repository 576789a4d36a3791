namespace MediaJobs.Media.Tests.Processes;

/// <summary>Tests that act on every tool of the test process (a kill-all) run alone, never beside another test's tool.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideCollection
{
    public const string Name = "Process-wide tool tests";
}
