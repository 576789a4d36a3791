namespace MediaJobs.Server.Uploads;

/// <summary>Browser and API uploads (configuration section <c>MediaJobs:Uploads</c>).</summary>
public sealed class UploadOptions
{
    public const string SectionName = "MediaJobs:Uploads";

    /// <summary>Largest file accepted; a larger one is refused with a 413 as soon as it passes the limit.</summary>
    public long MaxBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>The kinds <c>POST /api/uploads</c> accepts.</summary>
    public List<UploadKind> AllowedKinds { get; set; } = [UploadKind.Pdf, UploadKind.Image, UploadKind.Video, UploadKind.Audio];

    /// <summary>An upload no job names is deleted once it is this old (a job's uploads go when the job is deleted).</summary>
    public TimeSpan UnusedLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often uploads are checked besides right after a job is deleted.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);
}
