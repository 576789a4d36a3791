using System.Globalization;
using MediaJobs.Server.Api.Contracts;
using MediaJobs.Server.Browse;
using MediaJobs.Server.Errors;
using MediaJobs.Server.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;

namespace MediaJobs.Server.Api;

/// <summary><c>GET /api/browse</c>: directories and video files under the media roots (the dashboard's file picker).</summary>
internal static class BrowseEndpoints
{
    private static readonly ParameterDoc PathParameter = ParameterDoc.Query("path", JsonSchemaType.String, "An absolute directory under a media root; empty or absent lists the roots. Outside the roots (or '..' out of them) is a 400, a missing directory a 404.");

    public static IEndpointRouteBuilder MapBrowseEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/browse", BrowseAsync).WithTags("Browse").ProducesUnauthorizedProblem()
            .WithName("Browse")
            .WithSummary("Directories first, then video files (codec, size, duration from a probe cache) under the media roots")
            .WithParameters(PathParameter)
            .Produces<BrowseResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Ok<BrowseResponse>, ProblemResult>> BrowseAsync(string? path, MediaBrowser browser, CancellationToken ct)
    {
        try
        {
            var listing = await browser.BrowseAsync(path, ct);
            return TypedResults.Ok(new BrowseResponse(listing.Path, listing.Parent, [.. listing.Entries.Select(ToResponse)]));
        }
        catch (BrowseException ex) when (ex.Status == StatusCodes.Status404NotFound)
        {
            return ProblemResult.NotFound(ex.Message);
        }
        catch (BrowseException ex)
        {
            return new ProblemResult(ProblemWriter.Create(ex.Status, "Invalid request", ex.Message, "path"));
        }
    }

    private static BrowseEntryResponse ToResponse(BrowseEntry e)
    {
        var video = e.Probe?.PrimaryVideo is { } v
            ? new BrowseVideoResponse(v.CodecName, v.Width, v.Height, e.Probe.Duration is { } d ? Math.Round(d.TotalSeconds, 3) : null)
            : null;
        return new BrowseEntryResponse(e.Name, e.Path, e.IsDirectory, e.SizeBytes, Time(e.ModifiedUtc), video);
    }

    /// <summary>UTC with a <c>Z</c>, to the millisecond.</summary>
    internal static string? Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
