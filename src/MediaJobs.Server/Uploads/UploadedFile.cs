namespace MediaJobs.Server.Uploads;

/// <summary>A stored upload. <see cref="Path"/> is absolute, under <c>&lt;data&gt;/uploads/</c>, usable as a job's input file.</summary>
public sealed record UploadedFile(string Id, string FileName, long SizeBytes, string MediaType, string Path);
