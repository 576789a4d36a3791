using System.ComponentModel.DataAnnotations;

namespace MediaJobs.Server.Auth;

/// <summary>API keys (configuration section <c>MediaJobs:Auth</c>).</summary>
public sealed class AuthOptions : IValidatableObject
{
    public const string SectionName = "MediaJobs:Auth";

    /// <summary>The accepted keys. None: anonymous access, and the server only listens on loopback.</summary>
    public List<ApiKeyOptions> Keys { get; set; } = [];

    /// <summary>Let a server without keys listen on non-loopback addresses anyway (a trusted network only).</summary>
    public bool AllowAnonymousNonLoopback { get; set; }

    /// <summary>Each key names its owner and gives the key or its SHA-256.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Keys.Count; i++)
        {
            var key = Keys[i];
            if (string.IsNullOrWhiteSpace(key.Id))
            {
                yield return new ValidationResult("is required (it becomes the owner of the key's jobs).", [$"{nameof(Keys)}:{i}:{nameof(ApiKeyOptions.Id)}"]);
            }
            if (string.IsNullOrEmpty(key.Key) && !key.HasHash)
            {
                yield return new ValidationResult("must be 64 hex digits when no Key is given (give Key, or KeySha256).", [$"{nameof(Keys)}:{i}:{nameof(ApiKeyOptions.KeySha256)}"]);
            }
        }
    }
}

/// <summary>One key: its id (the owner of the jobs it submits), the key or its SHA-256, and whether it is an admin.</summary>
public sealed class ApiKeyOptions
{
    public string? Id { get; set; }

    /// <summary>The key itself; only its SHA-256 is kept in memory.</summary>
    public string? Key { get; set; }

    /// <summary>Alternatively, the hex SHA-256 of the UTF-8 key (so the configuration holds no secret).</summary>
    public string? KeySha256 { get; set; }

    /// <summary>An admin key sees and controls every job, and the queue.</summary>
    public bool Admin { get; set; }

    internal bool HasHash => KeySha256 is { Length: 64 } hex && hex.All(Uri.IsHexDigit);
}
