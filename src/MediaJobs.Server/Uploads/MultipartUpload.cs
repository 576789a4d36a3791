using System.Text;
using MediaJobs.Server.Auth;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace MediaJobs.Server.Uploads;

/// <summary>
/// A multipart/form-data body read as a client's form sends it (fields and files in any order): the files of one
/// field are streamed into the <see cref="UploadStore"/> (size-limited, recognised by content), other fields are kept
/// as short text. Compat surfaces whose real server takes a form upload use it; each turns an
/// <see cref="UploadRejectedException"/> into its own error shape. Files already stored are removed when the form fails.
/// </summary>
public sealed class MultipartUpload
{
    private const int MaxFieldBytes = 64 * 1024;
    private const int MaxParts = 200;

    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    public List<UploadedFile> Files { get; } = [];

    /// <summary>Names of files in <c>fileField</c> that <c>accept</c> turned away (e.g. not an .mp3), in order.</summary>
    public List<string> Skipped { get; } = [];

    /// <summary>Reads the whole form; the files of <paramref name="fileField"/> whose name <paramref name="accept"/> allows are stored.</summary>
    /// <exception cref="UploadRejectedException">Not multipart (415), malformed (400), a file, the request or the key's uploads too large (413), a file of a refused kind (415), no room on disk (507).</exception>
    public static async Task<MultipartUpload> ReadAsync(
        HttpContext http, UploadStore store, string fileField, long maxBytes, IReadOnlyCollection<UploadKind> kinds,
        Func<string, bool>? accept, int maxFiles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            throw new UploadRejectedException(StatusCodes.Status415UnsupportedMediaType, $"Send a multipart/form-data body with the file in a field named '{fileField}'.");
        }
        // Quotas, the request limit and the disk floor, from the headers before the body is read.
        var allowance = http.RequestServices.GetRequiredService<UploadGate>().Open(http, maxBytes, maxFiles);
        var form = new MultipartUpload();
        try
        {
            await form.ReadPartsAsync(http, store, allowance, boundary, fileField, maxBytes, kinds, accept, maxFiles, ct);
            return form;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            form.Discard();
            throw ex switch
            {
                UploadRejectedException => ex,
                BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => UploadAllowance.RequestTooLarge(allowance.RequestLimit, null),
                InvalidDataException or IOException or BadHttpRequestException => new UploadRejectedException(StatusCodes.Status400BadRequest, "The multipart body is malformed: " + MalformedReason(ex)),
                _ => ex,
            };
        }
    }

    /// <summary>
    /// Why a body could not be read, for the caller: the parser's own words, but never a file-system error's, whose
    /// message names server paths (every surface writes this text in its own shape, past the native path guard).
    /// </summary>
    internal static string MalformedReason(Exception ex) =>
        ex is InvalidDataException or BadHttpRequestException ? ex.Message : "the body ended early or could not be stored.";

    /// <summary>Removes the stored files (the request they came with was refused).</summary>
    public void Discard()
    {
        foreach (var file in Files)
        {
            var folder = Path.GetDirectoryName(file.Path);
            if (folder is not null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        Files.Clear();
    }

    private async Task ReadPartsAsync(
        HttpContext http, UploadStore store, UploadAllowance allowance, string boundary, string fileField, long maxBytes, IReadOnlyCollection<UploadKind> kinds,
        Func<string, bool>? accept, int maxFiles, CancellationToken ct)
    {
        var reader = new MultipartReader(boundary, http.Request.Body) { HeadersLengthLimit = 16 * 1024 };
        var parts = 0;
        while (await reader.ReadNextSectionAsync(ct) is { } section)
        {
            if (++parts > MaxParts)
            {
                throw new UploadRejectedException(StatusCodes.Status400BadRequest, $"The form has more than {MaxParts} parts.");
            }
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || HeaderUtilities.RemoveQuotes(disposition.Name).Value is not { Length: > 0 } name)
            {
                throw new UploadRejectedException(StatusCodes.Status400BadRequest, "A form part has no Content-Disposition name.");
            }
            if (disposition.IsFileDisposition())
            {
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                if (!string.Equals(name, fileField, StringComparison.Ordinal))
                {
                    await section.Body.CopyToAsync(Stream.Null, ct);
                }
                else if (accept is not null && !accept(fileName))
                {
                    Skipped.Add(fileName);
                    await section.Body.CopyToAsync(Stream.Null, ct);
                }
                else if (Files.Count >= maxFiles)
                {
                    throw new UploadRejectedException(StatusCodes.Status400BadRequest, $"At most {maxFiles} file(s) in '{fileField}'.");
                }
                else
                {
                    Files.Add(await store.SaveAsync(http.GetCaller().Owner, fileName, section.ContentType, section.Body, maxBytes, kinds, allowance, ct));
                }
                continue;
            }
            Fields[name] = await ReadTextAsync(section.Body, name, ct);
        }
    }

    private static async Task<string> ReadTextAsync(Stream body, string name, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxFieldBytes)
            {
                throw new UploadRejectedException(StatusCodes.Status400BadRequest, $"The form field '{name}' is longer than {MaxFieldBytes} bytes.");
            }
            await buffer.WriteAsync(chunk.AsMemory(0, read), ct);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
