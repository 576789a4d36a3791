using System.Net.Http.Headers;
using System.Text;
using MediaJobs.Core.Webhooks;

namespace MediaJobs.Server.Webhooks;

/// <summary>
/// Sends webhooks over HTTP. The connection is made by a guard: the host is resolved here, every
/// address it resolves to is checked, and the socket connects to a checked address (so a DNS
/// answer cannot swap in an internal address after the check). No proxy, no redirects.
/// </summary>
public sealed class HttpWebhookSender : IWebhookSender, IDisposable
{
    private const int MaxErrorBodyChars = 200;
    private readonly HttpClient _client;
    private readonly HashSet<string> _allowedHosts;
    private readonly bool _allowPrivate;
    private readonly TimeProvider _time;

    public HttpWebhookSender(WebhookOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _allowPrivate = options.AllowPrivateNetworks;
        _allowedHosts = new HashSet<string>(options.AllowedHosts.Select(h => h.Trim().Trim('[', ']')), StringComparer.OrdinalIgnoreCase);
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = options.Timeout,
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("MediaJobs-Webhooks/1.0");
    }

    public async Task<WebhookSendResult> SendAsync(WebhookRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var message = new HttpRequestMessage(HttpMethod.Post, request.Url)
        {
            Content = new StringContent(request.Body, Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }
        if (!string.IsNullOrEmpty(request.BearerToken))
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", request.BearerToken);
        }
        try
        {
            using var response = await _client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return new WebhookSendResult(status, null, null);
            }
            var body = await ReadSomeAsync(response, ct);
            var error = $"HTTP {status} {response.ReasonPhrase}".TrimEnd() + (body.Length > 0 ? ": " + body : "");
            return new WebhookSendResult(status, RetryAfter(response.Headers.RetryAfter), error);
        }
        catch (HttpRequestException ex) when (FindBlocked(ex) is { } blocked)
        {
            return new WebhookSendResult(null, null, blocked.Message, Permanent: true);
        }
        catch (HttpRequestException ex)
        {
            return new WebhookSendResult(null, null, ex.InnerException is { } inner ? $"{ex.Message} ({inner.Message})" : ex.Message);
        }
    }

    public void Dispose() => _client.Dispose();

    private ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct) =>
        GuardedConnect.ConnectAsync(
            context,
            host => _allowPrivate || _allowedHosts.Contains(host),
            host => new HttpRequestException($"The webhook host '{host}' resolves to no address."),
            (host, address, why) => new WebhookBlockedException(
                $"Refused: the webhook host '{host}' resolves to {address}, {why}. Allow it with MediaJobs:Webhooks:AllowedHosts or AllowPrivateNetworks."),
            "the webhook host",
            ct);

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static async Task<string> ReadSomeAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            text = text.ReplaceLineEndings(" ").Trim();
            return text.Length > MaxErrorBodyChars ? text[..MaxErrorBodyChars] + "…" : text;
        }
        catch (HttpRequestException)
        {
            return "";
        }
    }

    private static WebhookBlockedException? FindBlocked(Exception ex)
    {
        for (var e = ex.InnerException; e is not null; e = e.InnerException)
        {
            if (e is WebhookBlockedException blocked)
            {
                return blocked;
            }
        }
        return null;
    }
}
