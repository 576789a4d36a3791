namespace MediaJobs.Server.Auth;

/// <summary>Who sent a request: a configured key, or anonymous when no keys are configured.</summary>
public sealed record ApiCaller(string? KeyId, bool IsAdmin)
{
    /// <summary>No keys configured: the loopback-only server trusts its callers with everything.</summary>
    public static ApiCaller Anonymous { get; } = new(null, true);

    /// <summary>The owner filter for job service calls: null (everything) for admins, the key id otherwise.</summary>
    public string? OwnerFilter => IsAdmin ? null : KeyId;

    /// <summary>The owner recorded on jobs this caller submits (null when anonymous).</summary>
    public string? Owner => KeyId;
}
