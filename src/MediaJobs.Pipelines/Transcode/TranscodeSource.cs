using MediaJobs.Core.Pipelines;
using MediaJobs.Media.Files;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// A transcode's source, opened where each step uses it rather than trusted from the submission. The folder is opened
/// through <see cref="MediaRoots.Open"/> (it must really be under a root now) and the file inside it by name, never
/// following a link there; the probe records both identities (<see cref="TranscodeState.SourceIdentity"/>,
/// <see cref="TranscodeState.SourceFolder"/>) with the job, and every later step refuses anything else with
/// <c>SourceChanged</c> — across restarts and nodes, since the record is stored with the job.
/// </summary>
internal sealed class TranscodeSource(MediaRoots roots)
{
    /// <summary>The source's folder: really a folder under a root, and the one the probe saw (when it ran).</summary>
    public RootedFile OpenFolder(StepContext context, TranscodeRequest request)
    {
        RootedFile folder;
        try
        {
            folder = roots.Open(Path.GetDirectoryName(request.Path)!);
        }
        catch (FileNotFoundException)
        {
            throw TranscodeErrors.SourceMissing(request.Path);
        }
        if (!folder.IsDirectory || (context.TryGet(TranscodeState.SourceFolder, out var probed) && !probed.IsSameFileAs(OnThisNode(context, probed, folder.Identity))))
        {
            folder.Dispose();
            throw TranscodeErrors.SourceChanged(request.Path, "its folder was replaced");
        }
        return folder;
    }

    /// <summary>The source in <paramref name="folder"/>: a regular file, not a link, and unchanged since the probe (when it ran).</summary>
    public RootedFile OpenFile(StepContext context, TranscodeRequest request, RootedFile folder)
    {
        RootedFile file;
        try
        {
            file = folder.OpenEntry(Path.GetFileName(request.Path));
        }
        catch (FileNotFoundException)
        {
            throw TranscodeErrors.SourceMissing(request.Path);
        }
        catch (IOException)
        {
            throw TranscodeErrors.SourceChanged(request.Path, "it is a symbolic link now");
        }
        try
        {
            CheckProbed(context, request, file.IsRegularFile ? file.Identity : null);
            return file;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Right before the replace: the entry <paramref name="name"/> of <paramref name="folder"/> is still the probed file,
    /// as it was. False when there is no such entry.
    /// </summary>
    public static bool IsProbedFile(StepContext context, TranscodeRequest request, RootedFile folder, string name)
    {
        if (folder.StatEntry(name) is not { } entry)
        {
            return false;
        }
        CheckProbed(context, request, entry.IsRegularFile ? entry.Identity : null);
        return true;
    }

    private static void CheckProbed(StepContext context, TranscodeRequest request, FileIdentity? actual)
    {
        if (actual is null)
        {
            throw TranscodeErrors.SourceChanged(request.Path, "it is not a regular file now");
        }
        // A job accepted before identities were recorded has none: it gets the root checks only.
        if (context.TryGet(TranscodeState.SourceIdentity, out var probed) && probed != OnThisNode(context, probed, actual))
        {
            throw TranscodeErrors.SourceChanged(request.Path, probed.IsSameFileAs(OnThisNode(context, probed, actual)) ? "it was written to since" : "another file took its place");
        }
    }

    /// <summary>
    /// Device numbers are per machine (a shared NFS mount has another one on each node), so on a node other than the
    /// one that probed, the file is known by inode, size and mtime alone.
    /// </summary>
    private static FileIdentity OnThisNode(StepContext context, FileIdentity probed, FileIdentity actual) =>
        context.TryGet(TranscodeState.SourceMachine, out var machine) && machine == Environment.MachineName ? actual : actual with { Device = probed.Device };
}
