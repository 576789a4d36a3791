using System.Text.Json;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Pipelines.Video;

/// <summary>Names of the video job's artifacts, and JSON artifacts written atomically and read back (for retries).</summary>
public static class VideoArtifacts
{
    public const string Script = "script.json";
    public const string Narration = "narration.wav";
    public const string Timings = "timings.json";
    public const string BrollPlan = "broll-plan.json";
    public const string Srt = "subtitles.srt";
    public const string Vtt = "subtitles.vtt";
    public const string Ass = "captions.ass";
    public const string Video = "video.mp4";
    public const string Thumbnail = "thumbnail.jpg";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Writes <paramref name="value"/> in the work folder, then publishes it (an atomic move).</summary>
    public static async Task PublishJsonAsync<T>(StepContext context, string name, T value, ArtifactUse use, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var temp = Path.Combine(context.WorkDirectory, name);
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(value, Json), ct);
        await context.PublishArtifactAsync(temp, name, "application/json", use, ct);
    }

    /// <summary>An earlier step's JSON artifact, or null when it is absent, gone from disk, or unreadable.</summary>
    public static async Task<T?> TryReadJsonAsync<T>(StepContext context, string name, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        if (TryPath(context, name) is not { } path)
        {
            return null;
        }
        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<T>(stream, Json, ct);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The path of an earlier artifact that is still on disk with its recorded size, or null.</summary>
    public static string? TryPath(StepContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.FindArtifact(name) is not { } artifact)
        {
            return null;
        }
        var path = context.ResolveArtifactPath(artifact);
        return File.Exists(path) && new FileInfo(path).Length == artifact.SizeBytes ? path : null;
    }

    public static async Task<T> ReadJsonAsync<T>(StepContext context, string name, CancellationToken ct)
        where T : class =>
        await TryReadJsonAsync<T>(context, name, ct) ?? throw Missing(name);

    public static string RequirePath(StepContext context, string name) => TryPath(context, name) ?? throw Missing(name);

    private static MediaJobsException Missing(string name) => new(new JobError(
        "ArtifactMissing",
        $"The artifact '{name}' of an earlier step is missing or damaged.",
        "Submit the job again; its earlier steps will produce it anew."));
}
