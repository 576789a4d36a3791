using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Step <c>replace</c>: a verified temp no smaller than the source is deleted and the job ends Skipped ("result larger
/// than source"); otherwise it is renamed over the source (same folder, so one atomic rename), the original kept as
/// <c>name.original.ext</c> when asked. Re-run after a crash it finishes what the crashed run started. Sets the job's
/// saved bytes to the real size difference.
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
        if (File.Exists(paths.Temp))
        {
            newSize = new FileInfo(paths.Temp).Length;
            if (newSize >= inputSize)
            {
                paths.DeleteTemp();
                throw new SkipJobException($"result larger than source ({newSize} ≥ {inputSize} bytes); source kept");
            }
            ct.ThrowIfCancellationRequested();
            // Fenced: a node that lost the job to another never replaces the original under the new owner.
            await context.ConfirmOwnershipAsync(ct);
            // From here on nothing is cancelled half-way: each move is atomic and a re-run completes the rest.
            Swap(paths, request.KeepOriginal);
        }
        else if (outputSize is { } verified && File.Exists(paths.Target) && new FileInfo(paths.Target).Length == verified && (paths.Target != paths.Source || verified != inputSize))
        {
            // A crashed run already moved the replacement into place; finish its clean-up.
            newSize = verified;
            FinishSourceRemoval(paths, request.KeepOriginal);
        }
        else
        {
            // The temp was removed by a pause or stop: make it again.
            await work.EncodeAsync(context, request, ct);
            context.Set(TranscodeState.OutputSize, await work.VerifyAsync(context, request, ct));
            await ExecuteAsync(context, request, ct);
            return;
        }
        context.SetCounter(TranscodeCounters.BytesSaved, inputSize - newSize);
        context.Set(TranscodeState.OutputSize, newSize);
        context.SetResult(TranscodeResults.SpaceSaved, inputSize - newSize);
        context.SetResult(TranscodeResults.OutputPath, paths.Target);
        context.SetResult(TranscodeResults.BackupPath, request.KeepOriginal ? paths.Backup : null);
        context.ReportProgress(100);
    }

    private static void Swap(TranscodePaths paths, bool keepOriginal)
    {
        var moved = false;
        try
        {
            if (keepOriginal && File.Exists(paths.Source))
            {
                File.Move(paths.Source, paths.Backup, overwrite: true);
                moved = true;
            }
            File.Move(paths.Temp, paths.Target, overwrite: true);
        }
        catch (IOException ex)
        {
            if (moved && !File.Exists(paths.Source))
            {
                File.Move(paths.Backup, paths.Source);
            }
            throw new MediaJobsException(new JobError("ReplaceFailed", $"Could not move the encoded file into place: {ex.Message}", "The original is untouched; check permissions on the folder and retry."), ex);
        }
        FinishSourceRemoval(paths, keepOriginal);
    }

    /// <summary>When the container changed the name (e.g. .avi → .mkv), the old source goes away (or to the backup name).</summary>
    private static void FinishSourceRemoval(TranscodePaths paths, bool keepOriginal)
    {
        if (paths.Target == paths.Source || !File.Exists(paths.Source))
        {
            return;
        }
        if (keepOriginal)
        {
            File.Move(paths.Source, paths.Backup, overwrite: true);
        }
        else
        {
            File.Delete(paths.Source);
        }
    }
}
