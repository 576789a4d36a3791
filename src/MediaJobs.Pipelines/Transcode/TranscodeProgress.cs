using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Marks a step's progress details with its phase and with the run of the step that wrote them (the step's name and
/// start), so a reader can tell this run's details from those an earlier attempt left in the job's results.
/// </summary>
public static class TranscodeProgress
{
    /// <summary>Adds phase, step and step start to <paramref name="details"/> and returns it.</summary>
    public static JsonObject Stamp(JsonObject details, StepContext context, string phase)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(context);
        details[TranscodeResults.Phase] = phase;
        details[TranscodeResults.Step] = context.Step.Name;
        details[TranscodeResults.StepStartedAt] = context.Step.StartedAt?.ToString("O", CultureInfo.InvariantCulture);
        return details;
    }

    /// <summary>
    /// The details when they were written by the run of <paramref name="step"/> going on now, else null (they are an
    /// earlier run's, another step's, or not written yet). Start times are compared to the millisecond, as stores keep them.
    /// </summary>
    public static JsonObject? OfCurrentRun(JsonObject? details, StepRecord? step)
    {
        if (details is null || step is not { Status: StepStatus.Running, StartedAt: { } started }
            || (string?)details[TranscodeResults.Step] != step.Name
            || details[TranscodeResults.StepStartedAt] is not JsonValue stamp || !stamp.TryGetValue<string>(out var text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var written))
        {
            return null;
        }
        return Math.Abs((written - started).TotalMilliseconds) < 1 ? details : null;
    }
}
