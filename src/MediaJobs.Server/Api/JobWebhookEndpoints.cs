using MediaJobs.Core.Webhooks;
using MediaJobs.Server.Api.Contracts;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaJobs.Server.Api;

/// <summary>
/// <c>GET /api/jobs/{id}/webhooks</c>: the job's webhook deliveries (outbox rows); <c>POST
/// /api/jobs/{id}/webhooks/{deliveryId}/resend</c>: send a finished one again.
/// </summary>
internal static class JobWebhookEndpoints
{
    public static RouteGroupBuilder MapJobWebhookEndpoints(this RouteGroupBuilder jobs)
    {
        jobs.MapGet("/{id}/webhooks", ListAsync)
            .WithName("GetJobWebhooks")
            .WithSummary("The job's webhook deliveries: status (Pending, Delivered, Failed), attempts, last status code and error")
            .Produces<WebhookDeliveriesResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        jobs.MapPost("/{id}/webhooks/{deliveryId}/resend", ResendAsync)
            .WithName("ResendJobWebhook")
            .WithSummary("Send a delivered or failed webhook delivery again now, its attempts counted afresh")
            .Produces<WebhookDeliveryResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return jobs;
    }

    private static async Task<Results<Accepted<WebhookDeliveryResponse>, ProblemResult>> ResendAsync(string id, string deliveryId, CallerJobs jobs, CancellationToken ct)
    {
        var job = await jobs.GetAsync(id, ct);
        if (job is null)
        {
            return ProblemResult.JobNotFound(id);
        }
        if (await jobs.ResendWebhookAsync(job, deliveryId, ct) is { } row)
        {
            return TypedResults.Accepted($"/api/jobs/{job.Id}/webhooks", ToResponse(row));
        }
        return (await jobs.ListWebhookDeliveriesAsync(job, ct)).Any(r => r.Id == deliveryId)
            ? ProblemResult.Conflict($"Webhook delivery '{deliveryId}' of job '{job.Id}' is still pending; it is sent without a resend.")
            : ProblemResult.NotFound($"Job '{job.Id}' has no webhook delivery '{deliveryId}'.");
    }

    private static async Task<Results<Ok<WebhookDeliveriesResponse>, ProblemResult>> ListAsync(string id, CallerJobs jobs, CancellationToken ct)
    {
        var job = await jobs.GetAsync(id, ct);
        if (job is null)
        {
            return ProblemResult.JobNotFound(id);
        }
        var rows = await jobs.ListWebhookDeliveriesAsync(job, ct);
        return TypedResults.Ok(new WebhookDeliveriesResponse(job.Id, [.. rows.Select(ToResponse)]));
    }

    private static WebhookDeliveryResponse ToResponse(WebhookDelivery r) => new(
        r.Id, r.EventId, r.Kind, r.Url, r.Status.ToString(), r.Attempts,
        r.Status == WebhookDeliveryStatus.Pending ? r.NextAttemptUtc : null,
        r.LastStatusCode, r.LastError, r.CreatedUtc, r.CompletedUtc);
}
