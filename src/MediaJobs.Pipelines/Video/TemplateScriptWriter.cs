using System.Globalization;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// The offline script writer: deterministic templates filled from the brief. It sizes the script to
/// the target duration (words per second from rate and pacing) and groups sentences into scenes by
/// density. It writes English only; other languages need the caller's text or a cloud writer, or a request
/// that allows a fallback (then the script is English, with a warning).
/// </summary>
internal sealed class TemplateScriptWriter : IScriptWriter
{
    /// <summary>espeak-ng speaks about 2.9 words a second at its default 175 wpm.</summary>
    public const double WordsPerSecondAtNormalRate = 2.9;

    public string Name => "template";

    /// <summary>
    /// Null for English, and for any language when the request allows a fallback (<c>options.allowSkipUnavailable</c>):
    /// the script is then English, and says so in one warning.
    /// </summary>
    public string? CannotWrite(VideoRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return IsEnglish(request) || request.AllowSkipUnavailable
            ? null
            : $"The offline script writer writes English only, not '{request.Language}'; give the narration as 'inputs.text' or configure a cloud script writer.";
    }

    public Task<VideoScript> WriteAsync(VideoRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ct.ThrowIfCancellationRequested();
        var script = Write(request);
        var warnings = new List<JobError>();
        if (!IsEnglish(request))
        {
            warnings.Add(new JobError("ScriptLanguageFallback",
                $"The offline script writer writes English only: the script is in English, spoken by the {request.Language} voice '{request.VoiceName ?? EspeakVoices.ForLanguage(request.Language)}'.",
                $"Give the narration in {request.Language} as 'inputs.text', or configure a cloud script writer (MediaJobs:Providers:Llm) to write it."));
            script = script with { Language = "en" };
        }
        if (ShortOfTarget(request, script) is { } shortfall)
        {
            warnings.Add(shortfall);
        }
        return Task.FromResult(warnings.Count == 0 ? script : script with { Warnings = warnings });
    }

    private static bool IsEnglish(VideoRequest request) => request.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The templates hold a fixed number of sentences; a target longer than they fill gets a shorter script and a
    /// warning saying how much shorter (a script under 80% of its word budget).
    /// </summary>
    private static JobError? ShortOfTarget(VideoRequest request, VideoScript script)
    {
        var budget = WordBudget(request);
        var words = script.Sentences.Sum(s => Count(s.Sentence));
        if (words >= budget * 0.8)
        {
            return null;
        }
        var seconds = (int)Math.Round(request.TargetDuration.TotalSeconds * words / budget);
        return new JobError("ScriptShorterThanTarget",
            string.Create(CultureInfo.InvariantCulture, $"The offline script writer has {words} words to say about a topic, not the {budget} a {request.TargetDuration.TotalSeconds:0} s video needs: the video runs about {seconds} s."),
            "Give the narration as 'inputs.text', or configure a cloud script writer (MediaJobs:Providers:Llm) for longer scripts.");
    }

    /// <summary>The script for <paramref name="request"/> (pure: the same brief gives the same script).</summary>
    public static VideoScript Write(VideoRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var topic = request.Topic ?? request.Title ?? "this topic";
        var fill = new ScriptTemplates.Fill(
            topic,
            request.Audience ?? "anyone curious",
            request.Goal ?? $"understand {topic}",
            ScriptTemplates.ToneWord(request.Tone),
            request.Style.ToLowerInvariant());
        var targetWords = WordBudget(request);
        var seed = ScriptTemplates.StableHash(topic);
        var sentences = new List<string> { ScriptTemplates.Pick(ScriptTemplates.Hooks, seed, fill) };
        var words = Count(sentences[0]);
        var closing = ScriptTemplates.Pick(ScriptTemplates.Closings, seed, fill);
        var budget = targetWords - Count(closing);
        for (var i = 0; words < budget && i < ScriptTemplates.Body.Count * 3; i++)
        {
            var next = ScriptTemplates.Pick(ScriptTemplates.Body, seed + i, fill);
            if (sentences.Contains(next))
            {
                continue;
            }
            sentences.Add(next);
            words += Count(next);
        }
        sentences.Add(closing);
        var perScene = ScriptText.SentencesPerScene(request.Density);
        var scenes = sentences.Chunk(perScene)
            .Select((chunk, i) => new ScriptScene(i, ScriptText.Heading(chunk[0]), chunk))
            .ToList();
        var title = request.Title ?? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(topic);
        return new VideoScript(title, request.Language, "template", scenes);
    }

    /// <summary>Words that fill the target duration at the requested rate, after the pauses.</summary>
    public static int WordBudget(VideoRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var speaking = request.TargetDuration.TotalSeconds * (1 - (0.12 * request.Pause));
        var rate = NarrationPlan.SpeedFactor(request);
        return Math.Max(12, (int)Math.Round(speaking * WordsPerSecondAtNormalRate * rate));
    }

    private static int Count(string sentence) => sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
