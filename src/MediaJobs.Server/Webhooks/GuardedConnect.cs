using System.Net;
using System.Net.Sockets;

namespace MediaJobs.Server.Webhooks;

/// <summary>
/// The connect step of every outbound client of the server (webhooks, downloads by URL): the host is resolved once,
/// refused when any of its addresses is one <see cref="AddressGuard"/> refuses (unless the host is allowed), and the
/// socket connects to one of exactly those checked addresses, so a second DNS answer cannot swap another one in.
/// </summary>
internal static class GuardedConnect
{
    /// <param name="isAllowed">Whether the host may reach any address (listed, or private networks allowed).</param>
    /// <param name="noAddress">The error for a host that resolves to nothing (given the host).</param>
    /// <param name="refused">The error for a refused address (given the host, the address and why).</param>
    /// <param name="what">What is being reached, for the connect error ("the webhook host").</param>
    public static async ValueTask<Stream> ConnectAsync(
        SocketsHttpConnectionContext context, Func<string, bool> isAllowed, Func<string, Exception> noAddress,
        Func<string, IPAddress, string, Exception> refused, string what, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        if (addresses.Length == 0)
        {
            throw noAddress(host);
        }
        if (!isAllowed(host))
        {
            foreach (var address in addresses)
            {
                if (AddressGuard.Refusal(address) is { } why)
                {
                    throw refused(host, address, why);
                }
            }
        }
        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw new HttpRequestException($"Could not connect to {what} '{host}': {last?.Message}", last);
    }
}
