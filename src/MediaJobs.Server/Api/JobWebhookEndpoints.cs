using MediaJobs.Core.Service;
using MediaJobs.Core.Webhooks;
using MediaJobs.Server.Api.Contracts;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Errors;

namespace MediaJobs.Server.Api;

/// <summary><c>GET /api/jobs/{id}/webhooks</c>: the job's webhook deliveries (outbox rows).</summary>
public static class JobWebhookEndpoints
{
    public static RouteGroupBuilder MapJobWebhookEndpoints(this RouteGroupBuilder jobs)
    {
        jobs.MapGet("/{id}/webhooks", ListAsync)
            .WithName("GetJobWebhooks")
            .WithSummary("The job's webhook deliveries: status (Pending, Delivered, Failed), attempts, last status code and error")
            .Produces<WebhookDeliveriesResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return jobs;
    }

    private static async Task<IResult> ListAsync(string id, HttpContext http, JobService service, CancellationToken ct)
    {
        var job = await service.GetAsync(id, http.GetOwnerFilter(), ct);
        if (job is null)
        {
            return ProblemResult.JobNotFound(id);
        }
        var rows = await service.Store.ListWebhookDeliveriesAsync(job.Id, ct);
        return TypedResults.Ok(new WebhookDeliveriesResponse(job.Id, [.. rows.Select(r => new WebhookDeliveryResponse(
            r.Id, r.EventId, r.Kind, r.Url, r.Status.ToString(), r.Attempts,
            r.Status == WebhookDeliveryStatus.Pending ? r.NextAttemptUtc : null,
            r.LastStatusCode, r.LastError, r.CreatedUtc, r.CompletedUtc))]));
    }
}
