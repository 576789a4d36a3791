using MediaJobs.Core.Pipelines;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// The narration's finished sentences, kept in <c>jobs/&lt;id&gt;/output/narration-sentences/</c> as
/// <c>s&lt;index&gt;-&lt;key&gt;.wav</c> (<see cref="SentenceAudioKey"/>). The engine removes the work folder whenever a run
/// fails or stops, but never the output folder, so a retried, resumed or recovered run finds here what it already paid
/// for. Files arrive by an atomic rename of a finished, measured file; the folder is removed once the narration is published.
/// It is not an artifact: nothing lists or serves it.
/// </summary>
internal sealed class SentenceAudioCache(string directory)
{
    public const string FolderName = "narration-sentences";

    /// <summary>Longer than any sentence: a header claiming more is damaged.</summary>
    public const double MaxSentenceSec = 600;

    public string Directory { get; } = directory;

    public static SentenceAudioCache Of(StepContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new SentenceAudioCache(Path.Combine(context.OutputDirectory, FolderName));
    }

    public string PathOf(int index, string key) => Path.Combine(Directory, $"s{index:D4}-{key}.wav");

    /// <summary>The length of the kept audio at <paramref name="path"/>, or null when there is none or its WAV header is not sane.</summary>
    public static double? TryLength(string path) =>
        File.Exists(path) && WavDuration.TryReadWhole(path) is > 0 and < MaxSentenceSec and var seconds ? seconds : null;

    /// <summary>Moves a finished sentence file into the folder (one rename: it is there whole or not at all).</summary>
    public void Keep(string finishedFile, string path)
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.Move(finishedFile, path, overwrite: true);
    }

    /// <summary>Deletes kept files other than <paramref name="wantedPaths"/>: audio of an earlier input or voice is never reused.</summary>
    public void RemoveAllBut(IEnumerable<string> wantedPaths)
    {
        ArgumentNullException.ThrowIfNull(wantedPaths);
        if (!System.IO.Directory.Exists(Directory))
        {
            return;
        }
        var wanted = wantedPaths.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory).Where(f => !wanted.Contains(Path.GetFileName(f))).ToList())
        {
            File.Delete(file);
        }
    }

    /// <summary>The narration is published: the sentences are not needed any more.</summary>
    public void Remove()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
