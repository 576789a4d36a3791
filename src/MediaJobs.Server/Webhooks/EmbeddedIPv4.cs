using System.Net;

namespace MediaJobs.Server.Webhooks;

/// <summary>
/// The IPv4 addresses an IPv6 address carries, in every form a network may route to them: IPv4-compatible
/// (<c>::a.b.c.d</c>), IPv4-mapped (<c>::ffff:a.b.c.d</c>), IPv4-translated (<c>::ffff:0:a.b.c.d</c>), NAT64 with the
/// well-known prefix <c>64:ff9b::/96</c> or in the local-use <c>64:ff9b:1::/48</c> (RFC 8215; every RFC 6052 prefix
/// length is read, since the operator picks one), 6to4 (<c>2002::/16</c>) and Teredo (<c>2001::/32</c>: server and client).
/// </summary>
internal static class EmbeddedIPv4
{
    public static IEnumerable<(IPAddress Address, string Form)> Find(IPAddress v6)
    {
        var b = v6.GetAddressBytes();
        if (b.Length != 16)
        {
            yield break;
        }
        if (AllZero(b, 0, 10) && b[10] == 0xFF && b[11] == 0xFF)
        {
            yield return (V4(b[12], b[13], b[14], b[15]), "an IPv4-mapped address");
        }
        else if (AllZero(b, 0, 12) && !AllZero(b, 12, 3))
        {
            yield return (V4(b[12], b[13], b[14], b[15]), "an IPv4-compatible address");
        }
        if (AllZero(b, 0, 8) && b[8] == 0xFF && b[9] == 0xFF && b[10] == 0 && b[11] == 0)
        {
            yield return (V4(b[12], b[13], b[14], b[15]), "an IPv4-translated address");
        }
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B)
        {
            if (AllZero(b, 4, 8))
            {
                yield return (V4(b[12], b[13], b[14], b[15]), "a NAT64 address (64:ff9b::/96)");
            }
            else if (b[4] == 0x00 && b[5] == 0x01)
            {
                const string local = "a local-use NAT64 address (64:ff9b:1::/48)";
                yield return (V4(b[6], b[7], b[9], b[10]), local);   // /48
                yield return (V4(b[7], b[9], b[10], b[11]), local);  // /56
                yield return (V4(b[9], b[10], b[11], b[12]), local); // /64
                yield return (V4(b[12], b[13], b[14], b[15]), local); // /96
            }
        }
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            yield return (V4(b[2], b[3], b[4], b[5]), "a 6to4 address (2002::/16)");
        }
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00)
        {
            yield return (V4(b[4], b[5], b[6], b[7]), "a Teredo address (its server, 2001::/32)");
            yield return (V4((byte)~b[12], (byte)~b[13], (byte)~b[14], (byte)~b[15]), "a Teredo address (its client, 2001::/32)");
        }
    }

    private static IPAddress V4(byte a, byte b, byte c, byte d) => new([a, b, c, d]);

    private static bool AllZero(byte[] bytes, int start, int count) => bytes.AsSpan(start, count).IndexOfAnyExcept((byte)0) < 0;
}
