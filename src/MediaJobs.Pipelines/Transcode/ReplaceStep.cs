using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.Files;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Step <c>replace</c>: a verified temp no smaller than the source is deleted and the job ends Skipped ("result larger
/// than source"); otherwise it is renamed over the source (same folder, so one atomic rename), the original kept as
/// <c>name.original.ext</c> when asked. Re-run after a crash it finishes what the crashed run started. Sets the job's
/// saved bytes to the real size difference.
/// <para>
/// Nothing here goes by path after the check: the folder is opened through the media roots (it must really be a
/// folder under a root, the one the probe saw), the source in it must still be the probed file (device, inode, size,
/// mtime) or the job fails <c>SourceChanged</c>, and every rename and removal is made relative to that open folder.
/// </para>
/// </summary>
internal sealed class ReplaceStep(TranscodeWork work) : IJobStep<TranscodeRequest>
{
    public const string StepName = "replace";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, TranscodeRequest request, CancellationToken ct)
    {
        var paths = TranscodePaths.For(request.Path, context.Job.Id);
        var inputSize = context.Get(TranscodeState.InputSize);
        long? outputSize = context.TryGet(TranscodeState.OutputSize, out var size) ? size : null;
        long newSize;
        using (var folder = work.Source.OpenFolder(context, request))
        {
            if (folder.StatEntry(paths.TempEntry) is { IsRegularFile: true } temp)
            {
                newSize = temp.Identity.Size;
                if (newSize >= inputSize)
                {
                    paths.DeleteTemp(folder);
                    throw new SkipJobException($"result larger than source ({newSize} ≥ {inputSize} bytes); source kept");
                }
                ct.ThrowIfCancellationRequested();
                // Fenced: a node that lost the job to another never replaces the original under the new owner.
                await context.ConfirmOwnershipAsync(ct);
                CheckSourceIsProbed(context, request, folder, paths);
                // From here on nothing is cancelled half-way: each move is atomic and a re-run completes the rest.
                Swap(folder, paths, request.KeepOriginal);
            }
            else if (outputSize is { } verified && folder.StatEntry(paths.TargetEntry) is { IsRegularFile: true } target && target.Identity.Size == verified
                && (paths.Target != paths.Source || verified != inputSize))
            {
                // A crashed run already moved the replacement into place; finish its clean-up.
                newSize = verified;
                FinishSourceRemoval(folder, paths, request.KeepOriginal);
            }
            else
            {
                // The temp was removed by a pause or stop: make it again.
                await work.EncodeAsync(context, request, ct);
                context.Set(TranscodeState.OutputSize, await work.VerifyAsync(context, request, ct));
                await ExecuteAsync(context, request, ct);
                return;
            }
        }
        context.SetCounter(TranscodeCounters.BytesSaved, inputSize - newSize);
        context.Set(TranscodeState.OutputSize, newSize);
        context.SetResult(TranscodeResults.SpaceSaved, inputSize - newSize);
        context.SetResult(TranscodeResults.OutputPath, paths.Target);
        context.SetResult(TranscodeResults.BackupPath, request.KeepOriginal ? paths.Backup : null);
        context.ReportProgress(100);
    }

    /// <summary>
    /// The source is still the probed file. With <c>keep_original</c> a crashed run may already have moved it to the
    /// backup name: then the backup must be the probed file.
    /// </summary>
    private static void CheckSourceIsProbed(StepContext context, TranscodeRequest request, RootedFile folder, TranscodePaths paths)
    {
        if (!TranscodeSource.IsProbedFile(context, request, folder, paths.SourceEntry)
            && !(request.KeepOriginal && TranscodeSource.IsProbedFile(context, request, folder, paths.BackupEntry)))
        {
            throw TranscodeErrors.SourceMissing(request.Path);
        }
    }

    private static void Swap(RootedFile folder, TranscodePaths paths, bool keepOriginal)
    {
        var moved = false;
        try
        {
            if (keepOriginal && folder.StatEntry(paths.SourceEntry) is not null)
            {
                folder.RenameEntry(paths.SourceEntry, paths.BackupEntry);
                moved = true;
            }
            folder.RenameEntry(paths.TempEntry, paths.TargetEntry);
        }
        catch (IOException ex)
        {
            if (moved && folder.StatEntry(paths.SourceEntry) is null)
            {
                folder.RenameEntry(paths.BackupEntry, paths.SourceEntry);
            }
            throw new MediaJobsException(new JobError("ReplaceFailed", $"Could not move the encoded file into place: {ex.Message}", "The original is untouched; check permissions on the folder and retry."), ex);
        }
        FinishSourceRemoval(folder, paths, keepOriginal);
    }

    /// <summary>When the container changed the name (e.g. .avi → .mkv), the old source goes away (or to the backup name).</summary>
    private static void FinishSourceRemoval(RootedFile folder, TranscodePaths paths, bool keepOriginal)
    {
        if (paths.Target == paths.Source || folder.StatEntry(paths.SourceEntry) is null)
        {
            return;
        }
        if (keepOriginal)
        {
            folder.RenameEntry(paths.SourceEntry, paths.BackupEntry);
        }
        else
        {
            folder.DeleteEntry(paths.SourceEntry);
        }
    }
}
