using System.Net;
using System.Net.Sockets;

namespace MediaJobs.Server.Webhooks;

/// <summary>
/// Addresses a webhook must not reach unless allowed: loopback, private (10/8, 172.16/12, 192.168/16,
/// 100.64/10, fc00::/7), link-local (169.254/16 with the cloud metadata address, fe80::/10),
/// unspecified, multicast and broadcast — also inside an IPv6 address that embeds IPv4 (<see cref="EmbeddedIPv4"/>).
/// </summary>
public static class AddressGuard
{
    /// <summary>Why the address is refused, or null when it is a public unicast address.</summary>
    public static string? Refusal(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // An IPv6 form that carries an IPv4 address reaches that address on networks that translate it.
            foreach (var (v4, form) in EmbeddedIPv4.Find(address))
            {
                if (Refusal(v4) is { } embedded)
                {
                    return $"{form} carrying {v4}, {embedded}";
                }
            }
        }
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b switch
            {
                [169, 254, 169, 254] => "a cloud metadata address",
                [0, ..] => "an unspecified address",
                [127, ..] => "a loopback address",
                [10, ..] => "a private address",
                [172, >= 16 and <= 31, ..] => "a private address",
                [192, 168, ..] => "a private address",
                [100, >= 64 and <= 127, ..] => "a shared (carrier-grade NAT) address",
                [169, 254, ..] => "a link-local address",
                [>= 224, ..] => "a multicast, broadcast or reserved address",
                _ => null,
            };
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            if (address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6None))
            {
                return "an unspecified address";
            }
            if (IPAddress.IsLoopback(address))
            {
                return "a loopback address";
            }
            if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal)
            {
                return "a link-local address";
            }
            if ((b[0] & 0xFE) == 0xFC)
            {
                return "a private address";
            }
            if (address.IsIPv6Multicast)
            {
                return "a multicast address";
            }
            return null;
        }
        return "an address of an unknown family";
    }
}
