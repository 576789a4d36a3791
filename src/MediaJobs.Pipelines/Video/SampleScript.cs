namespace MediaJobs.Pipelines.Video;

/// <summary>The fixed script of the <c>sample-hello-youtube</c> preset: about 20–30 s of narration at normal rate.</summary>
internal static class SampleScript
{
    public const string Title = "Hello, YouTube";

    public static VideoScript Create(string language) => new(Title, language, "sample",
    [
        new ScriptScene(0, "Hello", [
            "Hello, and welcome to this sample video.",
            "It was made on this machine, with no account and no network.",
        ]),
        new ScriptScene(1, "How it was made", [
            "A short script became speech, one sentence at a time.",
            "Generated clips and a soft music bed were laid underneath.",
        ]),
        new ScriptScene(2, "What you get", [
            "Subtitles follow every word you hear, timed from the voice itself.",
            "Now try it with your own text. Thanks for watching!",
        ]),
    ]);
}
