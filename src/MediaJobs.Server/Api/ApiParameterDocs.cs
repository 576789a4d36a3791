using MediaJobs.Core.Jobs;
using MediaJobs.Server.OpenApi;
using Microsoft.OpenApi;

namespace MediaJobs.Server.Api;

/// <summary>
/// The native query strings and headers that <see cref="Requests.QueryReader"/> reads by hand
/// (so a bad value is a problem naming the field), described for the OpenAPI document.
/// </summary>
internal static class ApiParameterDocs
{
    private static readonly string StatusNames = string.Join(", ", Enum.GetNames<JobStatus>());

    public static readonly ParameterDoc Statuses = ParameterDoc.Query("status", JsonSchemaType.String,
        $"Comma-separated job statuses, any case ({StatusNames}); an unknown one is a 400 naming 'status'.");

    public static readonly ParameterDoc ClearStatuses = ParameterDoc.Query("status", JsonSchemaType.String,
        $"Comma-separated job statuses to delete ({StatusNames}); default every final status. Running is a 400: running jobs are never cleared.");

    public static readonly ParameterDoc ListType = ParameterDoc.Query("type", JsonSchemaType.String, "Only jobs of this type (e.g. transcode).");

    public static readonly ParameterDoc ClearTypes = ParameterDoc.Query("type", JsonSchemaType.String, "Comma-separated job types: only jobs of these types are deleted.");

    public static readonly ParameterDoc BatchId = ParameterDoc.Query("batchId", JsonSchemaType.String, "Only the jobs of this batch.");

    public static readonly ParameterDoc SearchText = ParameterDoc.Query("q", JsonSchemaType.String,
        $"Only jobs whose id or batch id equals it, or one of whose input's text values contains it (a path, a topic; ASCII case ignored; texts under 3 characters match ids only); at most {JobReadEndpoints.MaxSearchLength} characters.");

    public static readonly ParameterDoc ListOrder = ParameterDoc.Query("order", JsonSchemaType.String, "newest (default) or oldest first, by creation time.") with { Values = ["newest", "oldest"] };

    public static readonly ParameterDoc Cursor = ParameterDoc.Query("cursor", JsonSchemaType.String,
        "Where the page starts: the nextCursor of the previous page (opaque; costs the same at any depth, unlike offset). Not one this server made: a 400 naming 'cursor'.");

    public static readonly ParameterDoc Offset = ParameterDoc.Query("offset", JsonSchemaType.Integer, "Jobs to skip (newest first); default 0. Out of range: a 400 naming 'offset'.") with { Format = "int32", Minimum = 0, Maximum = int.MaxValue };

    public static readonly ParameterDoc ListLimit = ParameterDoc.Query("limit", JsonSchemaType.Integer, $"Page size, 1 to {JobReadEndpoints.MaxPageSize}; default 50. Out of range: a 400 naming 'limit'.") with { Format = "int32", Minimum = 1, Maximum = JobReadEndpoints.MaxPageSize };

    public static readonly ParameterDoc BatchOffset = ParameterDoc.Query("offset", JsonSchemaType.Integer, "Batches to skip (newest first); default 0. Out of range: a 400 naming 'offset'.") with { Format = "int32", Minimum = 0, Maximum = int.MaxValue };

    public static readonly ParameterDoc BatchLimit = ParameterDoc.Query("limit", JsonSchemaType.Integer, $"Batches per page, 1 to {BatchListEndpoints.MaxPageSize}; default 50. Out of range: a 400 naming 'limit'.") with { Format = "int32", Minimum = 1, Maximum = BatchListEndpoints.MaxPageSize };

    public static readonly ParameterDoc FinishedMinutes = ParameterDoc.Query("minutes", JsonSchemaType.Integer, $"Minutes to answer, the current one last, 1 to {StatsEndpoints.MaxMinutes}; default 60. Out of range: a 400 naming 'minutes'.") with { Format = "int32", Minimum = 1, Maximum = StatsEndpoints.MaxMinutes };

    public static readonly ParameterDoc EventLimit = ParameterDoc.Query("limit", JsonSchemaType.Integer, $"JSON only: events per page, 1 to {JobEventEndpoints.MaxPageSize}; default {JobEventEndpoints.DefaultPageSize}.") with { Format = "int32", Minimum = 1, Maximum = JobEventEndpoints.MaxPageSize };

    public static readonly ParameterDoc After = ParameterDoc.Query("after", JsonSchemaType.Integer, "Only events with a larger id (ids are store-wide and increasing). Last-Event-ID wins when both are sent. Not a whole number ≥ 0: a 400 naming 'after'.") with { Format = "int64", Minimum = 0 };

    public static readonly ParameterDoc LastEventId = ParameterDoc.Header("Last-Event-ID", JsonSchemaType.String,
        "The id of the last event received (sent by EventSource on reconnect): resume after it. Must be a whole number ≥ 0, else a 400 naming 'Last-Event-ID'.");

    public static readonly ParameterDoc AccessToken = ParameterDoc.Query(Auth.StreamTokenAccepted.QueryName, JsonSchemaType.String,
        "A stream token from POST /api/stream-tokens, for what a browser loads by URL and cannot add a key header to (EventSource, <video>, a download link). Invalid, expired or its key no longer configured: a 401; made for another job or stream: a 403.");

    public static readonly ParameterDoc StreamTokenJob = ParameterDoc.Query("jobId", JsonSchemaType.String,
        "The job whose events and files the token opens (one of the caller's, else a 404); without it the token opens only GET /api/jobs/stream.");

    public static readonly ParameterDoc RetryStrategy = ParameterDoc.Query("strategy", JsonSchemaType.String, "Seed 000's retry strategy: accepted and ignored (a retry always resumes at the first step that did not succeed).") with { Deprecated = true };

    public static readonly ParameterDoc ArtifactName = ParameterDoc.Query("name", JsonSchemaType.String,
        "An artifact's recorded name (see the job's artifacts); without it, the primary output. Looked up, never used as a path.");

    public static readonly ParameterDoc Range = ParameterDoc.Header("Range", JsonSchemaType.String, "A byte range (e.g. bytes=0-1023): the answer is 206 Partial Content.");
}
