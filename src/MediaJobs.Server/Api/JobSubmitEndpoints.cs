using System.Text.Json.Nodes;
using MediaJobs.Core.Engine;
using MediaJobs.Core.Errors;
using MediaJobs.Server.Api.Contracts;
using MediaJobs.Server.Api.Requests;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Correlation;
using MediaJobs.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaJobs.Server.Api;

/// <summary><c>POST /api/jobs</c>.</summary>
internal static class JobSubmitEndpoints
{
    public static RouteGroupBuilder MapJobSubmitEndpoints(this RouteGroupBuilder jobs)
    {
        jobs.MapPost("/", SubmitAsync)
            .WithName("SubmitJob")
            .WithSummary("Submit a job")
            .WithDescription("Body {type?, preset?, inputs?, options?, priority?, maxAttempts?}; type defaults to 'video'. options.webhook {url, token?, jobId?} sends signed progress and completion webhooks. Seed 000's legacy body (brief, planSpec, voiceSpec, renderSpec) is a video job.")
            .Accepts<SubmitJobRequest>("application/json")
            .Produces<SubmitJobResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return jobs;
    }

    private static async Task<Accepted<SubmitJobResponse>> SubmitAsync(HttpContext http, CallerJobs jobs, PipelineRegistry pipelines, CancellationToken ct)
    {
        var body = await JsonBodyReader.ReadObjectAsync(http, ct);
        var submission = SubmissionParser.Parse(body, "", CorrelationId.Get(http));
        var job = await SubmitWithApiFieldsAsync(() => jobs.SubmitAsync(submission, ct), () => body);
        return TypedResults.Accepted(
            $"/api/jobs/{job.Id}",
            new SubmitJobResponse(job.Id, job.CorrelationId, job.Status.ToString(), JobStages.Of(job, pipelines)));
    }

    /// <summary>
    /// Runs a submit; a validation error comes out with this API's field names: a field of the job's input (named
    /// relative to it by the pipeline) under <c>inputs.</c> (see <see cref="SubmissionParser.InputFieldNames"/>), and
    /// Core's <c>input</c> as <c>inputs</c>.
    /// </summary>
    /// <param name="bodyOfInvalid">The submitted body whose job was refused (for a batch, found only when needed).</param>
    /// <param name="qualify">Adjusts a field after naming (a batch adds the item's <c>jobs[i].</c>).</param>
    internal static async Task<T> SubmitWithApiFieldsAsync<T>(Func<Task<T>> submit, Func<JsonObject> bodyOfInvalid, Func<string, string>? qualify = null)
    {
        try
        {
            return await submit();
        }
        catch (JobValidationException ex)
        {
            var named = ex.IsInputField ? ex.WithInputNames(SubmissionParser.InputFieldNames(bodyOfInvalid())) : ex;
            var field = qualify is null ? named.Field : qualify(named.Field);
            throw RequestProblemException.BadField(SubmissionParser.ToApiField(field), named.Message);
        }
    }
}
