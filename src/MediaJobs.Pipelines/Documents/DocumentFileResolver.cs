using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Media.Files;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Documents;

/// <summary>
/// Turns a document job's file fields into checked server paths. A file is either <c>filename</c> (a path
/// under a media root) or <c>uploaded_file</c> (a data-relative path under <c>&lt;data&gt;/uploads</c>, where the
/// HTTP layer stores multipart uploads); never both. A <c>filename</c> inside the uploads folder is an upload too.
/// Either way an upload must belong to the submitting key (see <see cref="UploadPaths"/>).
/// Refusals name fields relative to the input (<c>filename</c>); each surface adds its own prefix.
/// </summary>
internal sealed class DocumentFileResolver(MediaRoots roots, DataLayout layout)
{
    public const string UploadsFolder = UploadPaths.Folder;

    public MediaRoots Roots { get; } = roots;

    public DataLayout Layout { get; } = layout;

    /// <summary>The absolute path of the job's input file, checked to exist.</summary>
    public string ResolveFile(string? filename, string? uploaded)
    {
        if (filename is not null && uploaded is not null)
        {
            throw JobValidationException.InInput("uploaded_file", _ => "Give either 'filename' or 'uploaded_file', not both.");
        }
        var (path, field) = filename is not null
            ? (ResolveNamed(filename), "filename")
            : uploaded is not null
                ? (ResolveUpload(uploaded), "uploaded_file")
                : throw JobValidationException.InInput("filename", _ => "'filename' (a PDF under a media root) is required.");
        return File.Exists(path) ? path : throw JobValidationException.InInput(field, _ => $"The file '{filename ?? uploaded}' does not exist.");
    }

    /// <summary>
    /// At submission: an upload named by <paramref name="path"/> must be one of <paramref name="owner"/>'s
    /// (another key's upload is reported as missing, revealing nothing).
    /// </summary>
    public void CheckUploadOwner(string path, string? owner, string field)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (UploadPaths.IsUpload(Layout, path) && !UploadPaths.IsOwnedBy(Layout, path, owner))
        {
            throw JobValidationException.InInput(field, _ => $"The file '{path}' does not exist.");
        }
    }

    private string ResolveNamed(string filename)
    {
        var full = filename.Contains('\0', StringComparison.Ordinal) || !Path.IsPathFullyQualified(filename) ? null : Path.GetFullPath(filename);
        return full is not null && UploadPaths.IsUpload(Layout, full) ? ResolveUpload(full) : Roots.Resolve(filename, "filename");
    }

    /// <summary>
    /// Opens a job's input file where a step reads it, not only where it was submitted: a media-root file must really
    /// lie under a root at that moment, an upload under <c>&lt;data&gt;/uploads</c> (<see cref="RootedFile"/>). Tools get
    /// <see cref="RootedFile.ToolPath"/>, so they read the checked file even if a link is swapped in meanwhile.
    /// </summary>
    public RootedFile Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return UploadPaths.IsUpload(Layout, path)
                ? RootedFile.Open(path, [Path.GetFullPath(new DirectoryInfo(UploadPaths.Root(Layout)).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? UploadPaths.Root(Layout))])
                : Roots.Open(path);
        }
        catch (IOException)
        {
            throw new MediaJobsException(new JobError("SourceMissing", $"'{path}' no longer exists.", "Check the file is still there, then submit the job again."));
        }
    }

    /// <summary>A data-relative upload path; it must lie under <c>&lt;data&gt;/uploads</c>.</summary>
    public string ResolveUpload(string relative)
    {
        var uploads = Path.Combine(Layout.DataDirectory, UploadsFolder);
        string full;
        try
        {
            full = Layout.Resolve(relative);
        }
        catch (ArgumentException)
        {
            full = "";
        }
        return full.StartsWith(uploads + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw JobValidationException.InInput("uploaded_file", _ => $"'uploaded_file' must be a path under '{UploadsFolder}/' in the data directory.");
    }
}
