using System.IO.Compression;
using System.Text;
using System.Text.Json;
using MediaJobs.Core.Jobs;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Errors;
using MediaJobs.Server.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaJobs.Server.Api;

/// <summary>
/// <c>GET /api/jobs/{id}/download-archive</c> (seed 003): a ZIP of the job's <c>results.json</c> (its structured results,
/// as stored now; an artifact of that name is not added twice) and every output artifact still on disk (text, filled template, assets...), for any job type with output. Entry
/// names are the recorded artifact names made safe (plain names, <c>[A-Za-z0-9._-]</c>, de-duplicated). The ZIP is built
/// in a temp file that is deleted when the response ends.
/// </summary>
internal static class JobArchiveEndpoints
{
    public const string ResultsEntry = "results.json";

    public static RouteGroupBuilder MapJobArchiveEndpoints(this RouteGroupBuilder jobs)
    {
        jobs.MapGet("/{id}/download-archive", DownloadArchiveAsync)
            .WithParameters(ApiParameterDocs.AccessToken)
            .WithMetadata(StreamTokenAccepted.Downloads)
            .WithName("DownloadJobArchive")
            .WithSummary("Download a ZIP of the job's results and output artifacts")
            .ProducesFile(StatusCodes.Status200OK, "job-<id>.zip: results.json and every output artifact still on disk.", "application/zip")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return jobs;
    }

    private static async Task<Results<FileStreamHttpResult, ProblemResult>> DownloadArchiveAsync(string id, CallerJobs jobs, DataLayout layout, CancellationToken ct)
    {
        var job = await jobs.GetAsync(id, ct);
        if (job is null)
        {
            return ProblemResult.JobNotFound(id);
        }
        return await ArchiveAsync(job, layout, ct) is { } archive
            ? archive
            : ProblemResult.NotFound($"Job '{id}' has no results or output to archive yet.");
    }

    /// <summary>The job's ZIP as a streamed <c>application/zip</c> result, or null when it has neither results nor output yet.</summary>
    internal static async Task<FileStreamHttpResult?> ArchiveAsync(Job job, DataLayout layout, CancellationToken ct)
    {
        var files = job.Output
            .Select(a => (Artifact: a, Path: TryResolve(layout, a.Path)))
            .Where(f => f.Path is not null && File.Exists(f.Path) && f.Artifact.Name != ResultsEntry)
            .ToList();
        if (files.Count == 0 && job.Results.Count == 0)
        {
            return null;
        }
        var temp = Path.Combine(Path.GetTempPath(), "mediajobs-archive-" + Guid.NewGuid().ToString("N") + ".zip");
        var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            {
                var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ResultsEntry };
                await WriteEntryAsync(zip, ResultsEntry, new MemoryStream(Encoding.UTF8.GetBytes(job.Results.ToJsonString(Indented))), ct);
                foreach (var (artifact, path) in files)
                {
                    await using var source = File.OpenRead(path!);
                    await WriteEntryAsync(zip, Unique(names, SafeEntryName(artifact.Name)), source, ct);
                }
            }
            stream.Position = 0;
            return TypedResults.Stream(stream, "application/zip", $"job-{job.Id}.zip");
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    /// <summary>A plain, portable entry name: no folders, only <c>[A-Za-z0-9._-]</c>, never empty or dots only.</summary>
    public static string SafeEntryName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var plain = name.Replace('\\', '/').Split('/').Last();
        var safe = new string([.. plain.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]).TrimStart('.');
        return safe.Length == 0 ? "file" : safe;
    }

    private static string Unique(HashSet<string> taken, string name)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{Path.GetFileNameWithoutExtension(name)}-{n}{Path.GetExtension(name)}";
        }
        return candidate;
    }

    private static async Task WriteEntryAsync(ZipArchive zip, string name, Stream content, CancellationToken ct)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        await using var target = await entry.OpenAsync(ct);
        await content.CopyToAsync(target, ct);
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static string? TryResolve(DataLayout layout, string relative)
    {
        try
        {
            return layout.Resolve(relative);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
