namespace MediaJobs.Media.Files;

/// <summary>A folder entry as it is, without following it when it is a symbolic link.</summary>
public sealed record EntryInfo(FileIdentity Identity, bool IsRegularFile, bool IsDirectory, bool IsSymbolicLink);
