using MediaJobs.Core.Jobs;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Errors;
using MediaJobs.Server.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaJobs.Server.Api;

/// <summary>
/// <c>GET /api/jobs/{id}/output[?name=]</c>: a recorded artifact's file, with Range support. Only
/// names the job recorded are served; the path comes from the job, never from the request.
/// </summary>
internal static class JobOutputEndpoints
{
    public static RouteGroupBuilder MapJobOutputEndpoints(this RouteGroupBuilder jobs)
    {
        jobs.MapGet("/{id}/output", GetOutputAsync)
            .WithName("GetJobOutput")
            .WithSummary("Download the job's primary output, or the artifact named by ?name= (supports Range)")
            .WithParameters(ApiParameterDocs.ArtifactName, ApiParameterDocs.Range, ApiParameterDocs.AccessToken)
            .WithMetadata(StreamTokenAccepted.Downloads)
            .ProducesFile(StatusCodes.Status200OK, FileBody, "video/mp4", "application/octet-stream")
            .ProducesFile(StatusCodes.Status206PartialContent, "The requested byte range of that file.", "video/mp4", "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return jobs;
    }

    private const string FileBody = "The file, sent with the media type the job recorded for it (video/mp4 for a video job's output; audio, subtitles, images, text or JSON for other artifacts).";

    private static async Task<Results<PhysicalFileHttpResult, ProblemResult>> GetOutputAsync(string id, string? name, CallerJobs jobs, DataLayout layout, CancellationToken ct)
    {
        var job = await jobs.GetAsync(id, ct);
        if (job is null)
        {
            return ProblemResult.JobNotFound(id);
        }
        var artifact = name is null
            ? job.Output.FirstOrDefault()
            : job.Output.Concat(job.Steps.SelectMany(s => s.Artifacts)).LastOrDefault(a => a.Name == name);
        if (artifact is null)
        {
            return ProblemResult.NotFound(name is null
                ? $"Job '{id}' has no output yet."
                : $"Job '{id}' has no artifact named '{name}'.");
        }
        var path = TryResolve(layout, artifact.Path);
        if (path is null || !File.Exists(path))
        {
            return ProblemResult.NotFound($"The file of artifact '{artifact.Name}' is no longer on disk.");
        }
        return TypedResults.PhysicalFile(path, artifact.MediaType, artifact.Name, enableRangeProcessing: true);
    }

    private static string? TryResolve(DataLayout layout, string relative)
    {
        try
        {
            return layout.Resolve(relative);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
