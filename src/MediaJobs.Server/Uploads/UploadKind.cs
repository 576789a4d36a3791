namespace MediaJobs.Server.Uploads;

/// <summary>What an uploaded file is, judged by its first bytes (never by its name or the client's content type).</summary>
public enum UploadKind
{
    Pdf,
    Image,
    Video,
    Audio,
}
