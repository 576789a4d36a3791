namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>This surface's error body.</summary>
/// <param name="Status">Always "error".</param>
/// <param name="Error">Code, message and details.</param>
internal sealed record SecretaryError(string Status, SecretaryErrorInfo Error);
