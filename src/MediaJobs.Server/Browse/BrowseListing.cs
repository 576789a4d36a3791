namespace MediaJobs.Server.Browse;

/// <summary>
/// A directory under a media root (or, with <see cref="Path"/> null, the roots themselves). <see cref="Parent"/>
/// is null at a root: above it lies only the list of roots.
/// </summary>
public sealed record BrowseListing(string? Path, string? Parent, IReadOnlyList<BrowseEntry> Entries);
