namespace MediaJobs.Cli;

/// <summary>The server said no (or could not be reached); the message is for a person.</summary>
internal sealed class ApiException(string message) : Exception(message);
