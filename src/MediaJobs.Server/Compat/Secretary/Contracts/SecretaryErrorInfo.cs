namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>What went wrong.</summary>
/// <param name="Code">INVALID_REQUEST, NOT_FOUND, ARCHIVE_NOT_AVAILABLE, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE or UNAUTHORIZED.</param>
/// <param name="Message">In words.</param>
/// <param name="Details">The bad field, or null.</param>
internal sealed record SecretaryErrorInfo(string Code, string Message, SecretaryErrorDetails? Details);
