namespace MediaJobs.Pipelines.Video;

/// <summary>Sentence templates of the <see cref="TemplateScriptWriter"/>, with the brief's words filled in.</summary>
internal static class ScriptTemplates
{
    public sealed record Fill(string Topic, string Audience, string Goal, string Tone, string Style);

    public static readonly IReadOnlyList<Func<Fill, string>> Hooks =
    [
        f => $"{f.Tone} Let's talk about {f.Topic}.",
        f => $"{f.Tone} Here is a short guide to {f.Topic}, made for {f.Audience}.",
        f => $"{f.Tone} In the next few moments, you will see why {f.Topic} matters.",
    ];

    public static readonly IReadOnlyList<Func<Fill, string>> Body =
    [
        f => $"First, a simple picture of what {f.Topic} really is.",
        f => $"Many people meet {f.Topic} long before they have a name for it.",
        f => $"The key idea is easy to state, and worth remembering.",
        f => $"For {f.Audience}, the first step is the one that counts the most.",
        f => $"Start small, notice what works, and build from there.",
        f => $"A common mistake is to try everything at once.",
        f => $"Instead, pick one part of {f.Topic} and practise it for a week.",
        f => $"Here is a quick example you can try today.",
        f => $"Small, steady steps add up faster than you might expect.",
        f => $"When something feels hard, slow down and break it into pieces.",
        f => $"Keep notes, so you can see how far you have come.",
        f => $"Good tools help, but a clear goal helps more.",
        f => $"Our goal here is to help you {f.Goal}.",
        f => $"Think of it as a {f.Style} approach: clear, simple and practical.",
        f => $"Ask yourself what you want from {f.Topic}, and write it down.",
        f => $"Share what you learn, because teaching is a great way to remember.",
        f => $"Then look back, adjust your plan, and keep going.",
        f => $"Over time, {f.Topic} becomes second nature.",
    ];

    public static readonly IReadOnlyList<Func<Fill, string>> Closings =
    [
        f => $"That is {f.Topic} in a nutshell. Thanks for watching!",
        f => $"Now you are ready to {f.Goal}. See you next time!",
        f => $"Give it a try, and enjoy the journey. Thanks for watching!",
    ];

    public static string ToneWord(string? tone) => tone?.Trim().ToLowerInvariant() switch
    {
        null or "" => "Hello!",
        var t when t.Contains("friend", StringComparison.Ordinal) || t.Contains("casual", StringComparison.Ordinal) => "Hey there!",
        var t when t.Contains("formal", StringComparison.Ordinal) || t.Contains("professional", StringComparison.Ordinal) => "Welcome.",
        var t when t.Contains("energ", StringComparison.Ordinal) || t.Contains("excit", StringComparison.Ordinal) => "Get ready!",
        var t when t.Contains("calm", StringComparison.Ordinal) || t.Contains("soft", StringComparison.Ordinal) => "Take a breath.",
        _ => "Hello!",
    };

    public static string Pick(IReadOnlyList<Func<Fill, string>> templates, int index, Fill fill) =>
        templates[(int)((uint)index % (uint)templates.Count)](fill);

    /// <summary>FNV-1a: stable across processes (string.GetHashCode is randomised).</summary>
    public static int StableHash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)(hash & 0x7fffffff);
    }
}
