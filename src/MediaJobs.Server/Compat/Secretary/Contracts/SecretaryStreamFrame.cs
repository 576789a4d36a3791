using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>The <c>data:</c> of a <c>GET /api/jobs/{job_id}/stream</c> event, as the real server's <c>build_event_from_job</c>.</summary>
/// <param name="Job">The job.</param>
/// <param name="Process">Its processing run (absent once the job no longer exists).</param>
/// <param name="Phase">pending, running, completed or error.</param>
/// <param name="Message">What is happening.</param>
/// <param name="Error">Why it ended (error events only).</param>
/// <param name="Data"><c>{progress}</c> while pending or running, the results once completed, null on error.</param>
internal sealed record SecretaryStreamFrame(
    SecretaryJobId Job,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SecretaryProcess? Process,
    string Phase,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SecretaryJobError? Error,
    JsonNode? Data);
