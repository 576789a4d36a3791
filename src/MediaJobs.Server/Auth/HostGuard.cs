using MediaJobs.Server.Errors;
using MediaJobs.Server.Hosting;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Auth;

/// <summary>
/// DNS rebinding: a page on <c>evil.example</c> whose name is re-pointed to 127.0.0.1 is same-origin with a keyless
/// server to the browser, so CORS and the cross-origin guard let it through. Its requests still say
/// <c>Host: evil.example</c>, so a server without keys refuses every <c>Host</c> that <see cref="HostAllowList"/> does
/// not allow with a 421, in the surface's own error shape. A keyed server answers any <c>Host</c>: the key is the guard.
/// Runs after routing (it knows the surface) and before anything that answers: the dashboard, the API, the streams.
/// </summary>
internal sealed class HostGuard(RequestDelegate next, ApiKeyAuthenticator keys, IOptions<HttpApiOptions> options)
{
    private readonly HostAllowList _hosts = new(options.Value.AllowedHosts, options.Value.PublicBaseUrl);

    public Task InvokeAsync(HttpContext context)
    {
        if (keys.Enabled || _hosts.Allows(context.Request.Headers.Host.ToString(), context.Connection.LocalIpAddress))
        {
            return next(context);
        }
        return RefuseAsync(context);
    }

    private static async Task RefuseAsync(HttpContext context)
    {
        const int Status = StatusCodes.Status421MisdirectedRequest;
        var host = context.Request.Headers.Host.ToString();
        var shown = host.Length is > 0 and <= 255 ? $"'{host}'" : "this Host";
        var detail = $"This server has no API keys, so it answers only to loopback host names (127.0.0.1, localhost, [::1]), not {shown}: "
            + "a protection against DNS rebinding. Add the name to MediaJobs:Http:AllowedHosts or configure API keys.";
        if (!await EndpointErrorShape.TryWriteAsync(context, Status, detail))
        {
            await ProblemWriter.WriteAsync(context, ProblemWriter.Create(Status, "Misdirected Request", detail));
        }
    }
}
