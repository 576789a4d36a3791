namespace MediaJobs.Core.Storage;

/// <summary>A store could not write because its disk (or quota) is full; nothing of that write was stored.</summary>
public sealed class StorageFullException(string message, Exception? inner = null) : IOException(message, inner);
