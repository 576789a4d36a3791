namespace MediaJobs.Server.Api.Contracts;

/// <summary>A stored upload; <c>Path</c> is absolute, under <c>&lt;data&gt;/uploads/</c>, and usable as a job's input file.</summary>
internal sealed record UploadResponse(string Id, string FileName, long SizeBytes, string MediaType, string Path);
