using System.Text.Json.Nodes;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Pipelines.Documents.Cache;

/// <summary>A cache entry: what produced it, the job results, and the artifacts to republish on a hit.</summary>
internal sealed record CacheManifest(string Key, string JobType, string SourceJobId, DateTimeOffset CreatedUtc, JsonObject Results, IReadOnlyList<CachedArtifact> Artifacts);

/// <summary>One cached artifact: its name, media type, use and file in the entry's folder.</summary>
internal sealed record CachedArtifact(string Name, string MediaType, ArtifactUse Use, string File);
