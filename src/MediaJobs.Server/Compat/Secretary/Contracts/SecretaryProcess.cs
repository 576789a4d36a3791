using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>The processing run of a job, as the real server's stream and PDF answers describe it.</summary>
/// <param name="Id">Our job id.</param>
/// <param name="MainProcessor">pdf, session or transformer.</param>
/// <param name="Started">When it started (PDF answers only).</param>
/// <param name="Completed">When it ended (the finished PDF answer only).</param>
/// <param name="IsFromCache">Whether the result came from the cache (PDF answers only).</param>
internal sealed record SecretaryProcess(
    string Id,
    [property: JsonPropertyName("main_processor")] string MainProcessor,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Started = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Completed = null,
    [property: JsonPropertyName("is_from_cache"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? IsFromCache = null);
