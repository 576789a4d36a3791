using System.ComponentModel;
using MediaJobs.Core.Engine;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Service;
using MediaJobs.Server.Api;
using MediaJobs.Server.Api.Contracts;
using MediaJobs.Server.Api.Requests;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace MediaJobs.Server.Mcp;

/// <summary>Reading and controlling jobs, with the HTTP API's answers and words; a key sees only its own jobs unless admin.</summary>
[McpServerToolType]
public sealed partial class JobTools(JobService service, DataLayout layout, PipelineRegistry pipelines, McpRequest request)
{
    [McpServerTool(Name = "get_job", ReadOnly = true, Idempotent = true)]
    [Description("A job's status, steps, progress, output, warnings and errors (the HTTP API's GET /api/jobs/{jobId}).")]
    public async Task<string> GetJobAsync([Description("The job id.")] string jobId, CancellationToken ct) =>
        request.Serialize((await FindAsync(jobId, ct)).ToResponse(layout, pipelines));

    [McpServerTool(Name = "list_jobs", ReadOnly = true, Idempotent = true)]
    [Description("Jobs, newest first, with their status and progress.")]
    public async Task<string> ListJobsAsync(
        [Description("Comma list of statuses: Queued, Running, Succeeded, Failed, Cancelled, Skipped.")] string? status = null,
        [Description("Only jobs of this type.")] string? type = null,
        [Description("At most this many (1-200, default 20).")] int limit = 20,
        CancellationToken ct = default)
    {
        var query = await McpRequest.AsToolErrorsAsync(() => Task.FromResult(new JobQuery
        {
            Statuses = QueryReader.Statuses([status], "status"),
            Type = string.IsNullOrWhiteSpace(type) ? null : type,
            Owner = request.Caller.OwnerFilter,
            Limit = Math.Clamp(limit, 1, 200),
        }));
        var page = await service.ListAsync(query, ct);
        return request.Serialize(new { jobs = page.Items.Select(j => j.ToResponse(layout, pipelines)), total = page.Total });
    }

    [McpServerTool(Name = "cancel_job", Destructive = true)]
    [Description("Cancels a queued job at once, or asks a running one to stop (its tool processes are stopped, temp files removed).")]
    public async Task<string> CancelJobAsync([Description("The job id.")] string jobId, CancellationToken ct)
    {
        var outcome = await service.CancelAsync(jobId, request.Caller.OwnerFilter, ct);
        return outcome switch
        {
            { Result: CancelResult.NotFound } or { Job: null } => throw new McpException(JobControlMessages.NotFound(jobId)),
            { Result: CancelResult.AlreadyFinal, Job: var job } => throw new McpException(JobControlMessages.NothingToCancel(jobId, job.Status)),
            { Job: var job } => request.Serialize(new CancelJobResponse(job.Id, "Job cancellation requested", job.Status.ToString(), job.CorrelationId)),
        };
    }

    [McpServerTool(Name = "retry_job")]
    [Description("Runs a Failed or Cancelled job again from its first step that did not succeed (same job id, new attempt).")]
    public async Task<string> RetryJobAsync([Description("The job id.")] string jobId, CancellationToken ct)
    {
        var outcome = await service.RetryAsync(jobId, request.Caller.OwnerFilter, ct);
        return outcome switch
        {
            { Result: RetryResult.NotFound } or { Job: null } => throw new McpException(JobControlMessages.NotFound(jobId)),
            { Result: RetryResult.NotRetryable, Job: var job } => throw new McpException(JobControlMessages.NotRetryable(jobId, job.Status)),
            { Job: var job } => request.Serialize(new RetryJobResponse(job.Id, job.Status.ToString(), JobControlMessages.RetryQueued, job.Attempt + 1, job.CorrelationId)),
        };
    }

    [McpServerTool(Name = "get_job_results", ReadOnly = true, Idempotent = true)]
    [Description("A finished job's results: structured and text results inline, media and files as download URLs (send the same API key).")]
    public async Task<string> GetJobResultsAsync([Description("The job id.")] string jobId, CancellationToken ct)
    {
        var job = await FindAsync(jobId, ct);
        var files = job.Output.Concat(job.Steps.SelectMany(s => s.Artifacts)).DistinctBy(a => a.Name).Select(a => new
        {
            name = a.Name,
            mediaType = a.MediaType,
            sizeBytes = a.SizeBytes,
            downloadUrl = $"{request.BaseUrl}/api/jobs/{job.Id}/output?name={Uri.EscapeDataString(a.Name)}",
        });
        return request.Serialize(new
        {
            jobId = job.Id,
            status = job.Status.ToString(),
            results = job.Results,
            files,
            warnings = job.Warnings,
            errors = job.Errors,
        });
    }

    private async Task<Job> FindAsync(string jobId, CancellationToken ct) =>
        await service.GetAsync(jobId, request.Caller.OwnerFilter, ct) ?? throw new McpException(JobControlMessages.NotFound(jobId));
}
