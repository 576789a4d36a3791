using System.Text.Json;
using MediaJobs.Core.Events;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Server.Api.Sse;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Browse;
using MediaJobs.Server.Compat.ShrinkRay.Contracts;
using MediaJobs.Server.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>
/// The file browser the Shrinkray UI builds jobs from, over the media-root <see cref="MediaBrowser"/>: browse (directories
/// with their video counts, then probed video files), the browse stream (a file's new probe after its transcode), reconcile
/// and cache clear (forget probes). Only paths under the media roots; an empty path is the first root (Shrinkray's media_path).
/// </summary>
internal static class ShrinkRayLibraryEndpoints
{
    private static readonly ParameterDoc BrowsePath = ParameterDoc.Query("path", JsonSchemaType.String, "A directory under a media root; empty: the first media root.");

    public static void Map(RouteGroupBuilder api)
    {
        var error = typeof(ShrinkRayError);
        api.MapGet("/api/browse", BrowseAsync).WithSummary("Shrinkray: a directory's folders (with video counts) and video files (with probe info)")
            .WithParameters(BrowsePath)
            .Produces<ShrinkRayBrowse>()
            .Produces(StatusCodes.Status400BadRequest, error)
            .Produces(StatusCodes.Status404NotFound, error);
        api.MapGet("/api/browse/stream", BrowseStreamAsync).WithSummary("Shrinkray: SSE of file_update events for the files of one directory")
            .WithParameters(BrowsePath)
            .ProducesEventStream("': connected' first, then one 'data:' line per {type: file_update, path, size, video_info} when a transcode replaced a file of that directory; ': keepalive' comments while idle.")
            .Produces(StatusCodes.Status400BadRequest, error)
            .Produces(StatusCodes.Status404NotFound, error);
        api.MapPost("/api/browse/reconcile", Reconcile).WithSummary("Shrinkray: forget the cached probes under a directory")
            .WithParameters(BrowsePath, ParameterDoc.Query("recursive", JsonSchemaType.String, "Accepted for the real client; probes are always forgotten recursively."))
            .Produces<ShrinkRayStatusWord>()
            .Produces(StatusCodes.Status400BadRequest, error)
            .Produces(StatusCodes.Status404NotFound, error);
        // The probe cache is the whole server's: a plain key may not empty it for everyone (issue 23).
        api.MapPost("/api/cache/clear", ClearCache).WithSummary("Shrinkray: clear the file metadata (probe) cache (admin key)")
            .RequireAdmin("clearing the probe cache needs an admin API key")
            .Produces<ShrinkRayStatusWord>()
            .Produces(StatusCodes.Status403Forbidden, error);
    }

    private static async Task<Results<Ok<ShrinkRayBrowse>, JsonHttpResult<ShrinkRayError>>> BrowseAsync(string? path, MediaBrowser browser, CancellationToken ct)
    {
        var (directory, error) = Resolve(browser, path);
        if (error is not null)
        {
            return error;
        }
        var listing = await browser.BrowseAsync(directory, ct);
        var entries = new List<ShrinkRayBrowseEntry>();
        long videoCount = 0, totalSize = 0;
        foreach (var e in listing.Entries)
        {
            var (count, size) = e.IsDirectory ? Counts(e.Path) : (1, e.SizeBytes ?? 0);
            entries.Add(new ShrinkRayBrowseEntry(
                e.Name,
                e.Path,
                e.IsDirectory,
                e.SizeBytes ?? 0,
                ShrinkRayShapes.Time(e.ModifiedUtc),
                e.IsDirectory ? null : ShrinkRayVideoInfo.From(e.Path, size, e.Probe),
                e.IsDirectory ? count : 0,
                e.IsDirectory ? size : 0,
                e.IsDirectory ? "ready" : null));
            videoCount += count;
            totalSize += size;
        }
        return TypedResults.Ok(new ShrinkRayBrowse(listing.Path, listing.Parent, entries, videoCount, totalSize, "ready"));
    }

    /// <summary>After a transcode replaced a file of the directory: its new size and probe, as the real stream's file_update.</summary>
    private static async Task BrowseStreamAsync(
        string? path, HttpContext http, MediaBrowser browser, ProbeCache probes, CallerJobs jobs, IOptions<Hosting.HttpApiOptions> options, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var (directory, error) = Resolve(browser, path);
        if (error is not null)
        {
            await error.ExecuteAsync(http);
            return;
        }
        var after = await jobs.GetLastEventIdAsync(ct);
        await SseWriter.StartAsync(http.Response, ct);
        try
        {
            await WriteAsync(http.Response, ": connected\n\n", ct);
            await foreach (var e in jobs.FollowAllEventsAsync(after, options.Value.SseHeartbeat, null, ct))
            {
                if (e is null)
                {
                    await WriteAsync(http.Response, ": keepalive\n\n", ct);
                }
                else if (e.Type == JobEventTypes.JobCompleted && await jobs.GetAsync(e.JobId, ct) is { Type: TranscodePipeline.TypeName } job
                    && (string?)job.Results[TranscodeResults.OutputPath] is { } output && string.Equals(Path.GetDirectoryName(output), directory, StringComparison.Ordinal) && File.Exists(output))
                {
                    var file = new FileInfo(output);
                    var update = new ShrinkRayFileUpdate(output, "file_update", file.Length, ShrinkRayVideoInfo.From(output, file.Length, await probes.GetAsync(file, ct)));
                    await WriteAsync(http.Response, $"data: {JsonSerializer.Serialize(update, json.Value.SerializerOptions)}\n\n", ct);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away.
        }
    }

    private static Results<Ok<ShrinkRayStatusWord>, JsonHttpResult<ShrinkRayError>> Reconcile(string? path, MediaBrowser browser, ProbeCache probes)
    {
        var (directory, error) = Resolve(browser, path);
        if (error is not null)
        {
            return error;
        }
        probes.Forget(directory!);
        return TypedResults.Ok(new ShrinkRayStatusWord("reconciling"));
    }

    private static Ok<ShrinkRayStatusWord> ClearCache(ProbeCache probes)
    {
        probes.Clear();
        return TypedResults.Ok(new ShrinkRayStatusWord("cache cleared"));
    }

    /// <summary>The directory to list (empty: the first root), or the surface's error.</summary>
    private static (string? Path, JsonHttpResult<ShrinkRayError>? Error) Resolve(MediaBrowser browser, string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return browser.Roots.Count > 0
                ? (browser.Roots[0], null)
                : (null, ShrinkRayErrors.Shape.Error(StatusCodes.Status400BadRequest, "No media roots are configured: set MediaJobs:MediaRoots."));
        }
        try
        {
            return (browser.Resolve(path), null);
        }
        catch (BrowseException ex)
        {
            return (null, ShrinkRayErrors.Shape.Error(ex.Status, ex.Message));
        }
    }

    /// <summary>Video files under a directory (recursive, by extension) and their total size.</summary>
    private static (long Count, long Size) Counts(string directory)
    {
        var files = VideoFileFinder.Find([directory]);
        return (files.Count, files.Sum(f => new FileInfo(f).Length));
    }

    private static async Task WriteAsync(HttpResponse response, string frame, CancellationToken ct)
    {
        await response.WriteAsync(frame, ct);
        await response.Body.FlushAsync(ct);
    }
}
