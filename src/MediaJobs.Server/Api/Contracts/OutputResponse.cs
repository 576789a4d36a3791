using System.Text.Json.Serialization;

namespace MediaJobs.Server.Api.Contracts;

/// <summary>The job's primary output (absolute path) and all its output artifacts; <c>videoPath</c> only for video.</summary>
internal sealed record OutputResponse(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? VideoPath,
    string Path,
    long SizeBytes,
    string MediaType,
    IReadOnlyList<ArtifactResponse> Artifacts);
