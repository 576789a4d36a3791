namespace MediaJobs.Pipelines.Transcode;

/// <summary>Where SmartShrink takes its quality samples (pure): one for a short file, else spread evenly through it.</summary>
internal static class SamplePlan
{
    public static IReadOnlyList<(TimeSpan Start, TimeSpan Length)> For(TimeSpan duration, TimeSpan sampleLength, int count)
    {
        if (duration <= TimeSpan.Zero)
        {
            return [];
        }
        if (count <= 1 || duration < sampleLength * (count + 1))
        {
            return [(TimeSpan.Zero, duration < sampleLength ? duration : sampleLength)];
        }
        // Centres at 1/(n+1), 2/(n+1), ...: away from intros and credits, never past the end.
        return [.. Enumerable.Range(1, count).Select(i => (duration * i / (count + 1) - sampleLength / 2, sampleLength))];
    }
}
