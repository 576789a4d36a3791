using System.Runtime.ExceptionServices;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Events;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Pipelines.Video;

/// <summary>Speaking the sentences that are not kept yet: side by side, each retried by itself, each kept when done.</summary>
public sealed partial class NarrationStep
{
    /// <summary>
    /// Speaks sentences <paramref name="missing"/> into their kept paths and fills in their lengths. When one fails for
    /// good, no further sentence starts, but those already in flight finish and are kept (they are paid for); then the
    /// first failure is rethrown, a transient one still transient so the engine can run the step again.
    /// </summary>
    private async Task SpeakAsync(
        StepContext context, ISpeechSynthesizer voice, IReadOnlyList<SpeechRequest> requests, IReadOnlyList<int> missing,
        IReadOnlyList<string> keptPaths, double?[] lengths, CancellationToken ct)
    {
        var kept = SentenceAudioCache.Of(context);
        var work = Directory.CreateDirectory(Path.Combine(context.WorkDirectory, "narration")).FullName;
        var done = requests.Count - missing.Count;
        context.ReportProgress(85.0 * done / requests.Count);
        Exception? failure = null;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct };
        await Parallel.ForEachAsync(missing, options, async (i, token) =>
        {
            if (Volatile.Read(ref failure) is not null)
            {
                return;
            }
            try
            {
                // Written in the work folder, kept only once whole and measured: the kept folder never holds a partial file.
                var temp = Path.Combine(work, $"s{i:D4}.wav");
                await SpeakWithRetriesAsync(context, voice, requests[i], i, requests.Count, temp, () => Volatile.Read(ref failure) is not null, token);
                lengths[i] = await MeasureAsync(context, temp, token);
                kept.Keep(temp, keptPaths[i]);
                context.ReportProgress(85.0 * Interlocked.Increment(ref done) / requests.Count);
            }
#pragma warning disable CA1031 // not swallowed: the first failure is rethrown once the sentences in flight are kept
            catch (Exception ex) when (!token.IsCancellationRequested)
#pragma warning restore CA1031
            {
                Interlocked.CompareExchange(ref failure, ex, null);
            }
        });
        if (failure is not null)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>One sentence, retried by itself on transient failures (<see cref="SpeechRetryPolicy"/>) unless the step is failing anyway.</summary>
    private async Task SpeakWithRetriesAsync(
        StepContext context, ISpeechSynthesizer voice, SpeechRequest request, int index, int count, string output, Func<bool> stepFailing, CancellationToken ct)
    {
        for (var retry = 1; ; retry++)
        {
            try
            {
                await voice.SynthesizeAsync(request, output, context.NewToolLogPath("tts"), ct);
                return;
            }
            catch (TransientJobException ex) when (!stepFailing() && _retry.DelayBefore(retry, ex.RetryAfter, SpeechRetryPolicy.NextJitter()) is { } delay)
            {
                await context.LogAsync(EventLevel.Warning,
                    $"Narration: sentence {index + 1} of {count} failed: {ex.Error.Message}; retry {retry} of {_retry.MaxRetries} in {delay.TotalSeconds:0.0} s", ct);
                await Task.Delay(delay, context.Time, ct);
            }
            catch (TransientJobException ex)
            {
                throw new TransientJobException(
                    ex.Error with { Message = $"{ex.Error.Message} (sentence {index + 1} of {count}, after {retry - 1} retries in the step)" }, ex.RetryAfter, ex);
            }
        }
    }
}
