using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Server.Uploads;

/// <summary>
/// Stores uploaded files under <c>&lt;data&gt;/uploads/&lt;owner&gt;/&lt;id&gt;/&lt;name&gt;</c>: streamed to a temp name while
/// counting bytes (over the limit: stopped and removed), recognised by their first bytes, then moved into place.
/// A file only appears under its final name once it is complete and accepted.
/// </summary>
public sealed class UploadStore(DataLayout layout, TimeProvider time)
{
    private const int MaxFileNameLength = 120;
    private const string PartialPrefix = ".partial-";

    public DataLayout Layout { get; } = layout;

    public async Task<UploadedFile> SaveAsync(
        string? owner, string? fileName, string? contentType, Stream content, long maxBytes, IReadOnlyCollection<UploadKind> allowedKinds,
        UploadAllowance? allowance, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(allowedKinds);
        var id = JobIds.New(time);
        var folder = Path.Combine(UploadPaths.OwnerFolder(Layout, owner), id);
        Directory.CreateDirectory(folder);
        var name = Api.Requests.UserText.FitFileName(SafeFileName(Api.Requests.UserText.Clean(fileName)));
        var partial = Path.Combine(folder, PartialPrefix + name);
        try
        {
            var (size, head) = await CopyAsync(content, partial, maxBytes, allowance, ct);
            if (size == 0)
            {
                throw new UploadRejectedException(StatusCodes.Status400BadRequest, "The uploaded file is empty.");
            }
            var sniffed = UploadSniffer.Sniff(head);
            if (sniffed is not { } found || !allowedKinds.Contains(found.Kind))
            {
                var claimed = string.IsNullOrEmpty(contentType) ? "" : $" (sent as '{contentType}')";
                throw new UploadRejectedException(StatusCodes.Status415UnsupportedMediaType,
                    $"'{name}'{claimed} is not an accepted file: accepted kinds are {string.Join(", ", allowedKinds)}, recognised by their content.");
            }
            var final = Path.Combine(folder, name);
            File.Move(partial, final);
            return new UploadedFile(id, name, size, found.MediaType, final);
        }
        catch (Exception ex)
        {
            Directory.Delete(folder, recursive: true);
            if (StorageFull.Is(ex))
            {
                throw new UploadRejectedException(StatusCodes.Status507InsufficientStorage,
                    "The server's storage is full, so nothing was stored; send the file again once space is freed.");
            }
            throw;
        }
    }

    /// <summary>
    /// Bytes of every file under the owner's upload folder, partial ones included: what the key holds now. Files the
    /// sweeper removes meanwhile count as gone.
    /// </summary>
    public long HeldBytes(string? owner)
    {
        long total = 0;
        try
        {
            foreach (var file in new DirectoryInfo(UploadPaths.OwnerFolder(Layout, owner)).EnumerateFiles("*", SearchOption.AllDirectories))
            {
                try
                {
                    total += file.Length;
                }
                catch (FileNotFoundException)
                {
                    // Swept while we counted.
                }
            }
        }
        catch (DirectoryNotFoundException)
        {
            // No uploads (yet, or any more).
        }
        return total;
    }

    /// <summary>Every stored upload folder with the time it was made (from its id) and its file, if complete.</summary>
    public IEnumerable<(string Folder, string? File, DateTimeOffset CreatedUtc)> List()
    {
        var root = UploadPaths.Root(Layout);
        if (!Directory.Exists(root))
        {
            yield break;
        }
        foreach (var folder in Directory.EnumerateDirectories(root).SelectMany(Directory.EnumerateDirectories))
        {
            var created = CreatedUtc(Path.GetFileName(folder)) ?? Directory.GetLastWriteTimeUtc(folder);
            var file = Directory.EnumerateFiles(folder).FirstOrDefault(f => !Path.GetFileName(f).StartsWith(PartialPrefix, StringComparison.Ordinal));
            yield return (folder, file, created);
        }
    }

    /// <summary>The time inside a UUIDv7 id (its first 48 bits, milliseconds since 1970).</summary>
    internal static DateTimeOffset? CreatedUtc(string id) =>
        JobIds.IsWellFormed(id) && long.TryParse(id.Replace("-", "", StringComparison.Ordinal)[..12], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var ms)
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;

    private static async Task<(long Size, byte[] Head)> CopyAsync(Stream content, string path, long maxBytes, UploadAllowance? allowance, CancellationToken ct)
    {
        var buffer = new byte[81920];
        var head = new byte[UploadSniffer.HeaderLength];
        var headLength = 0;
        long size = 0;
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            size += read;
            if (size > maxBytes)
            {
                throw new UploadRejectedException(StatusCodes.Status413PayloadTooLarge, $"The file is larger than the limit of {maxBytes} bytes.");
            }
            allowance?.Admit(read);
            if (headLength < head.Length)
            {
                var take = Math.Min(read, head.Length - headLength);
                buffer.AsSpan(0, take).CopyTo(head.AsSpan(headLength));
                headLength += take;
            }
            await file.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return (size, head[..headLength]);
    }

    /// <summary>The client's name without folders, control or path characters, at most 120 characters; "upload" when nothing is left.</summary>
    internal static string SafeFileName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        var invalid = Path.GetInvalidFileNameChars();
        var clean = new string([.. name.Select(c => char.IsControl(c) || invalid.Contains(c) || char.IsSurrogate(c) ? '_' : c)]).Trim().TrimStart('.');
        if (clean.Length > MaxFileNameLength)
        {
            var extension = Path.GetExtension(clean);
            clean = clean[..(MaxFileNameLength - Math.Min(extension.Length, 20))] + (extension.Length <= 20 ? extension : "");
        }
        return clean.Length == 0 ? "upload" : clean;
    }
}
