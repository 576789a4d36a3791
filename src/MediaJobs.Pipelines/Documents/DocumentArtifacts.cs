using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Pipelines.Documents;

/// <summary>Names of the document jobs' artifacts, and JSON/text artifacts written in the work folder then published atomically.</summary>
internal static class DocumentArtifacts
{
    public const string Metadata = "metadata.json";
    public const string Extraction = "extraction.json";
    public const string Text = "text.txt";
    public const string Results = "results.json";
    public const string MistralRaw = "mistral-ocr-raw.json";
    public const string Media = "media.json";
    public const string SessionSummary = "session.md";
    public const string PagePrefix = "page-";
    public const string ImagePrefix = "image-";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The artifact name of a filled template (<c>MeetingMinutes.md</c>).</summary>
    public static string TemplateFile(string templateName) => templateName + ".md";

    public static async Task PublishJsonAsync<T>(StepContext context, string name, T value, ArtifactUse use, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        await PublishTextAsync(context, name, JsonSerializer.Serialize(value, Json), "application/json", use, ct);
    }

    public static async Task PublishTextAsync(StepContext context, string name, string text, string mediaType, ArtifactUse use, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var temp = Path.Combine(context.WorkDirectory, name + ".tmp");
        await File.WriteAllTextAsync(temp, text, ct);
        await context.PublishArtifactAsync(temp, name, mediaType, use, ct);
    }

    public static async Task<T> ReadJsonAsync<T>(StepContext context, string name, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(context);
        var artifact = context.FindArtifact(name);
        var path = artifact is null ? null : context.ResolveArtifactPath(artifact);
        if (path is null || !File.Exists(path))
        {
            throw new MediaJobsException(new JobError(
                "ArtifactMissing",
                $"The artifact '{name}' of an earlier step is missing.",
                "Submit the job again; its earlier steps will produce it anew."));
        }
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<T>(stream, Json, ct)
            ?? throw new MediaJobsException(new JobError("ArtifactMissing", $"The artifact '{name}' is empty.", "Submit the job again."));
    }

    /// <summary>Absolute paths of the job's published page previews and embedded images (seed 003's <c>assets</c>).</summary>
    public static JsonArray AssetPaths(StepContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.Job.Output
            .Where(a => a.Name.StartsWith(PagePrefix, StringComparison.Ordinal) || a.Name.StartsWith(ImagePrefix, StringComparison.Ordinal))
            .Select(a => (JsonNode)context.ResolveArtifactPath(a))];
    }
}
