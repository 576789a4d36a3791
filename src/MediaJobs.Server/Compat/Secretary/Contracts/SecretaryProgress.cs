namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>A job's progress.</summary>
/// <param name="Step">pending, the running step's name (extract, template...), completed, failed or cancelled.</param>
/// <param name="Percent">The job's overall progress, 0 to 100.</param>
/// <param name="Message">What it is doing.</param>
internal sealed record SecretaryProgress(string Step, int Percent, string Message);
