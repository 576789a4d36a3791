using MediaJobs.Server.Auth;
using MediaJobs.Server.Compat.MoneyPrinter.Contracts;
using MediaJobs.Server.OpenApi;
using MediaJobs.Server.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Compat.MoneyPrinter;

/// <summary>
/// MoneyPrinter's <c>POST /api/upload-songs</c>: the page's folder of songs (multipart field <c>songs</c>, repeated).
/// As the real backend, only names ending in <c>.mp3</c> count, and they replace the previous set; each is stored by
/// the <see cref="UploadStore"/> (size-limited by <c>MediaJobs:Uploads:MaxBytes</c>, refused unless its bytes are audio).
/// The whole request is held to <c>MaxRequestBytes</c> and the key's <c>MaxBytesPerKey</c> (413) and to the disk guard's
/// floor (507) by the <see cref="UploadGate"/>, from its <c>Content-Length</c> before the body is read.
/// </summary>
internal static class MoneyPrinterSongEndpoints
{
    public const int MaxSongs = 50;

    public static void Map(RouteGroupBuilder api)
    {
        var error = typeof(MoneyPrinterError);
        api.MapPost("/api/upload-songs", UploadAsync).WithSummary("MoneyPrinter: replace this key's songs (multipart 'songs', .mp3); a generate with useMusic lays one as the music bed")
            .WithMetadata(new RequestBodyDoc(typeof(SongsForm), "multipart/form-data"))
            .Produces<MoneyPrinterMessage>()
            .Produces(StatusCodes.Status400BadRequest, error)
            .Produces(StatusCodes.Status413PayloadTooLarge, error)
            .Produces(StatusCodes.Status415UnsupportedMediaType, error)
            .Produces(StatusCodes.Status507InsufficientStorage, error);
    }

    private static async Task<Results<Ok<MoneyPrinterMessage>, JsonHttpResult<MoneyPrinterError>>> UploadAsync(HttpContext http, UploadStore store, MoneyPrinterSongs songs, IOptions<UploadOptions> uploads, CancellationToken ct)
    {
        MultipartUpload form;
        try
        {
            form = await MultipartUpload.ReadAsync(http, store, "songs", uploads.Value.MaxBytes, [UploadKind.Audio],
                name => name.EndsWith(".mp3", StringComparison.OrdinalIgnoreCase), MaxSongs, ct);
        }
        catch (UploadRejectedException rejected)
        {
            return MoneyPrinterErrors.Shape.Error(rejected.StatusCode, rejected.Message);
        }
        if (form.Files.Count == 0)
        {
            return MoneyPrinterErrors.Shape.Error(StatusCodes.Status400BadRequest, form.Skipped.Count == 0 ? "No files uploaded." : "No MP3 files found.");
        }
        songs.Replace(http.GetCaller().Owner, [.. form.Files.Select(f => f.Path)]);
        return TypedResults.Ok(new MoneyPrinterMessage("success", $"Uploaded {form.Files.Count} song(s)."));
    }

    /// <summary>The documented form: one or more <c>songs</c> files.</summary>
    internal sealed record SongsForm(IFormFileCollection Songs);
}
