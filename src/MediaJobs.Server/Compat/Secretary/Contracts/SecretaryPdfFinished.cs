using System.Text.Json.Nodes;

namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>The 200 of <c>POST /api/pdf/process</c> when <c>wait_ms</c> saw the job finish.</summary>
/// <param name="Status">Always success.</param>
/// <param name="Process">The run: id, main_processor, started, completed, is_from_cache.</param>
/// <param name="Job">The client's job id.</param>
/// <param name="Data">The results: structured_data (extracted_text, metadata) or the whole result object.</param>
internal sealed record SecretaryPdfFinished(string Status, SecretaryProcess Process, SecretaryJobId Job, JsonObject Data);
