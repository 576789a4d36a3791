namespace MediaJobs.Server.Auth;

/// <summary>What a valid stream token lets through: its key's caller (as configured now), for one job or the global stream.</summary>
/// <param name="JobId">The job whose events and files the token opens; null: only the every-job stream.</param>
public sealed record StreamTokenGrant(ApiCaller Caller, string? JobId)
{
    /// <summary>The route's job (<c>{id}</c>) must be the token's job; a route without one needs a global-stream token.</summary>
    public bool Opens(string? routeJobId) => string.Equals(JobId, routeJobId, StringComparison.Ordinal);
}
