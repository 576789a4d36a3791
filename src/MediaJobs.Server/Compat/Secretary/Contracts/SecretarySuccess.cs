namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>Seed 003's success envelope.</summary>
/// <param name="Status">Always "success".</param>
/// <param name="Data">The answer.</param>
internal sealed record SecretarySuccess<T>(string Status, T Data)
    where T : class;
