using MediaJobs.Server.Auth;
using MediaJobs.Server.DiskSpace;
using MediaJobs.Server.Uploads;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Downloads;

/// <summary>
/// Fetches a file by URL into the caller's uploads, under the same rules as an upload: http or https only; the host's
/// every address checked by <see cref="Webhooks.AddressGuard"/> and the socket connected to a checked address (a DNS
/// answer cannot swap one in later); no proxy, no redirects; the uploads' size limit (a larger declared length is
/// refused before the body, a longer body while it streams); the allowed content types; then the content itself
/// recognised by <see cref="UploadStore"/>; all within <see cref="DownloadOptions.Timeout"/>.
/// </summary>
public sealed class GuardedDownloader : IDisposable
{
    private readonly HttpClient _client;
    private readonly DownloadOptions _options;
    private readonly HashSet<string> _allowedHosts;
    private readonly UploadStore _store;
    private readonly DiskGuard _disk;
    private readonly long _maxBytes;
    private readonly long _maxBytesPerKey;

    public GuardedDownloader(IOptions<DownloadOptions> options, IOptions<UploadOptions> uploads, UploadStore store, DiskGuard disk)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(uploads);
        _options = options.Value;
        _store = store;
        _disk = disk;
        _maxBytes = uploads.Value.MaxBytes;
        _maxBytesPerKey = uploads.Value.MaxBytesPerKey;
        _allowedHosts = new HashSet<string>(_options.AllowedHosts.Select(h => h.Trim().Trim('[', ']')), StringComparer.OrdinalIgnoreCase);
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = false,
            ConnectTimeout = _options.Timeout,
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("MediaJobs-Downloads/1.0");
    }

    /// <summary>The stored file. <paramref name="contentTypes"/>: the media types the answer may declare (none declared is accepted).</summary>
    /// <exception cref="DownloadRefusedException">A bad or refused URL (400), an answer that is not 2xx (502), too large (413), of another type (415), too slow (504).</exception>
    /// <remarks>A fetched file is one of the caller's uploads: held to its key's quota and to the disk guard's floor (413, 507), like an upload.</remarks>
    public async Task<UploadedFile> DownloadAsync(string url, ApiCaller caller, IReadOnlyCollection<UploadKind> kinds, IReadOnlyCollection<string> contentTypes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(contentTypes);
        ArgumentNullException.ThrowIfNull(caller);
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(uri.UserInfo))
        {
            throw new DownloadRefusedException(StatusCodes.Status400BadRequest, $"'{url}' is not an http or https URL (without user info).");
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var response = await _client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new DownloadRefusedException(StatusCodes.Status502BadGateway, $"'{uri}' answered HTTP {(int)response.StatusCode}{((int)response.StatusCode is >= 300 and < 400 ? " (redirects are not followed)" : "")}.");
            }
            var type = response.Content.Headers.ContentType?.MediaType;
            if (type is not null && !contentTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
            {
                throw new DownloadRefusedException(StatusCodes.Status415UnsupportedMediaType, $"'{uri}' is '{type}', not one of {string.Join(", ", contentTypes)}.");
            }
            if (response.Content.Headers.ContentLength is { } length && length > _maxBytes)
            {
                throw new DownloadRefusedException(StatusCodes.Status413PayloadTooLarge, $"'{uri}' is {length} bytes, over the limit of {_maxBytes} (MediaJobs:Uploads:MaxBytes).");
            }
            var allowance = new UploadAllowance(_store, _disk, caller.Owner, caller.IsAdmin ? null : _maxBytesPerKey, _maxBytes);
            allowance.AdmitDeclared(response.Content.Headers.ContentLength ?? 0);
            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            return await _store.SaveAsync(caller.Owner, FileName(uri), type, body, _maxBytes, kinds, allowance, timeout.Token);
        }
        catch (UploadRejectedException rejected)
        {
            throw new DownloadRefusedException(rejected.StatusCode, $"'{uri}': {rejected.Message}");
        }
        catch (HttpRequestException ex) when (ex.InnerException is DownloadRefusedException refused)
        {
            throw refused;
        }
        catch (HttpRequestException ex)
        {
            throw new DownloadRefusedException(StatusCodes.Status502BadGateway, $"'{uri}' could not be fetched: {ex.Message}");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new DownloadRefusedException(StatusCodes.Status504GatewayTimeout, $"'{uri}' did not arrive within {_options.Timeout.TotalSeconds:0.###} s (MediaJobs:Downloads:Timeout).");
        }
    }

    public void Dispose() => _client.Dispose();

    private static string FileName(Uri uri) =>
        Path.GetFileName(Uri.UnescapeDataString(uri.AbsolutePath)) is { Length: > 0 } name ? name : "download";

    private ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct) =>
        Webhooks.GuardedConnect.ConnectAsync(
            context,
            host => _options.AllowPrivateNetworks || _allowedHosts.Contains(host),
            host => new DownloadRefusedException(StatusCodes.Status502BadGateway, $"The host '{host}' resolves to no address."),
            (host, address, why) => new DownloadRefusedException(StatusCodes.Status400BadRequest,
                $"Refused: the host '{host}' resolves to {address}, {why}. Allow it with MediaJobs:Downloads:AllowedHosts or AllowPrivateNetworks."),
            "the host",
            ct);
}
