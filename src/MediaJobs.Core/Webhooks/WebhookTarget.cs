using MediaJobs.Core.Errors;

namespace MediaJobs.Core.Webhooks;

/// <summary>
/// Where a job's webhooks go: an absolute http(s) URL, an optional bearer token, and the caller's
/// own id for the job (seed 003's <c>webhook.jobId</c>), echoed in every payload as <c>process.id</c>.
/// <see cref="Surface"/> names the API whose webhook body the receiver was promised; null is the native body.
/// </summary>
public sealed record WebhookTarget(string Url, string? Token = null, string? ClientJobId = null, string? Surface = null)
{
    public const int MaxUrlLength = 2048;

    /// <summary>Throws a <see cref="JobValidationException"/> naming <paramref name="field"/> when the URL is unusable.</summary>
    public void Validate(string field)
    {
        if (string.IsNullOrWhiteSpace(Url) || Url.Length > MaxUrlLength
            || !Uri.TryCreate(Url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new JobValidationException(field + ".url", $"The webhook url must be an absolute http or https URL of at most {MaxUrlLength} characters.");
        }
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new JobValidationException(field + ".url", "The webhook url must not carry credentials; use webhook.token.");
        }
    }
}
