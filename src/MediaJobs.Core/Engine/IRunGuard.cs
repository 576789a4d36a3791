using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Engine;

/// <summary>
/// A condition of this node (free disk space, say) that holds jobs back: asked before every claim, and about every
/// running job once a second. While it holds, queued jobs of the type wait (told why once) and running ones fail with
/// <see cref="RunHold.StopError"/>.
/// </summary>
public interface IRunGuard
{
    /// <summary>Null while jobs of <paramref name="type"/> may start and go on; otherwise why not.</summary>
    RunHold? Check(string type);
}

/// <param name="Reason">One word for what holds, shown as <c>waiting: disk</c>.</param>
/// <param name="Detail">The whole story for a person: what was measured, against which setting.</param>
/// <param name="StopError">What a running job of the type fails with.</param>
public sealed record RunHold(string Reason, string Detail, JobError StopError);
