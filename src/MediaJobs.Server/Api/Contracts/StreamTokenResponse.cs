namespace MediaJobs.Server.Api.Contracts;

/// <summary>A stream token: pass it as <c>?access_token=</c> to the stream of <c>JobId</c> (null: the every-job stream) before <c>ExpiresUtc</c>.</summary>
internal sealed record StreamTokenResponse(string Token, DateTimeOffset ExpiresUtc, string? KeyId, bool Admin, string? JobId);
