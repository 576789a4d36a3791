namespace MediaJobs.Server.Api.Contracts;

/// <summary>A directory under a media root (<c>path</c> null: the roots themselves); <c>parent</c> null at a root.</summary>
internal sealed record BrowseResponse(string? Path, string? Parent, IReadOnlyList<BrowseEntryResponse> Entries);
