using System.Text.Json.Nodes;
using MediaJobs.Core.Pipelines;
using MediaJobs.Server.Compat.Secretary.Contracts;

namespace MediaJobs.Server.Compat.Secretary;

/// <summary>
/// A seed 003 job request as a submission: <c>parameters</c> become the job's inputs; the webhook (in
/// <c>parameters.webhook</c> as the seed documents, or at the top level) becomes the job's webhook target and is never echoed.
/// </summary>
internal static class SecretarySubmission
{
    /// <summary>Where the request's <c>user_id</c> is kept on the job.</summary>
    public const string UserIdOption = "user_id";

    public static JobSubmission From(SecretaryJobRequest request, string? correlationId)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = new JsonObject();
        if (request.UserId is { Length: > 0 } user)
        {
            options[UserIdOption] = user;
        }
        return new JobSubmission
        {
            Type = request.JobType,
            Preset = "default",
            Input = request.Parameters ?? [],
            Options = options,
            CorrelationId = correlationId,
            Webhook = request.WebhookTarget,
        };
    }

    /// <summary>Whether this surface shows the job (its three document types).</summary>
    public static bool Shows(Core.Jobs.Job job) => SecretaryJobRequest.JobTypes.Contains(job.Type, StringComparer.Ordinal);
}
