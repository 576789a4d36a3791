namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Plans the b-roll track (pure): each scene spans from its first word to the next scene's first word
/// (centred in the pause between); long scenes get several shots of at most one clip's length; adjacent
/// shots never repeat a clip; every change cross-fades (xfade <c>fade</c>): 0.6 s between scenes, 0.3 s inside one.
/// Never xfade's <c>dissolve</c>: it is a per-pixel random dither, noise that cost the 1080p sample half its bits and a
/// sixth of its encode time (docs/benchmarks.md).
/// </summary>
internal static class BrollPlanner
{
    public const double SceneFadeSec = 0.6;
    public const double ShotDissolveSec = 0.3;
    /// <summary>Moving clips pan (a moving crop window costs nothing); stills also zoom (<c>zoompan</c> rescales every frame).</summary>
    public static readonly IReadOnlyList<string> Motions = ["pan-right", "pan-down", "pan-left", "pan-up"];

    public static readonly IReadOnlyList<string> StillMotions = ["zoom-in", "pan-right", "zoom-in", "pan-left"];

    public static BrollPlan Plan(VideoRequest request, NarrationTimings timings, VideoAssetCatalog assets)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(timings);
        ArgumentNullException.ThrowIfNull(assets);
        if (assets.Clips.Count == 0)
        {
            throw new ArgumentException("The library has no clips.", nameof(assets));
        }
        var segments = new List<BrollSegment>();
        var scenes = SceneSpans(timings);
        var clip = 0;
        foreach (var (scene, start, end) in scenes)
        {
            var shots = Math.Max(1, (int)Math.Ceiling((end - start) / AssetRecipes.ClipSeconds));
            var length = (end - start) / shots;
            for (var s = 0; s < shots; s++)
            {
                var first = segments.Count == 0;
                var transition = first ? null : "fade";
                var fade = first ? 0 : Math.Min(s == 0 ? SceneFadeSec : ShotDissolveSec, length * 0.4);
                var path = assets.Clips[clip % assets.Clips.Count].Path;
                segments.Add(new BrollSegment(scene, path, Math.Round(start + (s * length), 3), Math.Round(start + ((s + 1) * length), 3),
                    (BrollFileKinds.IsStill(path) ? StillMotions : Motions)[segments.Count % Motions.Count], transition, Math.Round(fade, 3)));
                clip++;
            }
        }
        var music = !request.Music ? null : request.MusicFile ?? (assets.Music.Count > 0 ? assets.Music[0].Path : null);
        return new BrollPlan(request.Width, request.Height, request.Fps, timings.DurationSec, segments, music);
    }

    /// <summary>Scene spans covering [0, duration]: boundaries in the middle of the pause between scenes.</summary>
    public static IReadOnlyList<(int Scene, double Start, double End)> SceneSpans(NarrationTimings timings)
    {
        ArgumentNullException.ThrowIfNull(timings);
        var groups = timings.Sentences.GroupBy(s => s.Scene).ToList();
        var spans = new List<(int, double, double)>();
        var start = 0.0;
        for (var i = 0; i < groups.Count; i++)
        {
            var last = groups[i].Last();
            var end = i == groups.Count - 1 ? timings.DurationSec : last.EndSec + (last.PauseAfterSec / 2);
            spans.Add((groups[i].Key, start, end));
            start = end;
        }
        return spans;
    }
}
