namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>One line of a job's log.</summary>
/// <param name="Timestamp">ISO 8601 UTC with milliseconds.</param>
/// <param name="Level">info, warning or error.</param>
/// <param name="Message">What happened.</param>
internal sealed record SecretaryLogLine(string Timestamp, string Level, string Message);
