using System.Text;

namespace MediaJobs.Server.Tests.Fuzz;

/// <summary>Seeded random edits of a valid body's bytes: one to three per body, from byte flips to swapped values.</summary>
internal sealed class Mutator(int seed)
{
    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "false", "-0", "1e400", "99999999999999999999999", "-1",
        "\"\\ud800\"", "\"\\u0000\"", "{}", "[]", "\"\"", "{\"a\":{\"a\":{\"a\":1}}}", "[[[[[[[[[[1]]]]]]]]]]", "0.000000001", "\"../../etc/passwd\"",
    ];

    private static readonly byte[] Bytes = [0x00, 0x7F, 0xFF, 0xFE, 0xC0, 0xED, 0xA0, 0x80, (byte)'"', (byte)'\\', (byte)'{', (byte)'}', (byte)'9'];

    private readonly Random _random = new(seed);

    public byte[] Mutate(byte[] body)
    {
        var bytes = body.ToList();
        for (var edits = _random.Next(1, 4); edits > 0 && bytes.Count > 0; edits--)
        {
            var at = _random.Next(bytes.Count);
            switch (_random.Next(7))
            {
                case 0:
                    bytes[at] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1:
                    bytes.RemoveAt(at);
                    break;
                case 2:
                    bytes.Insert(at, Bytes[_random.Next(Bytes.Length)]);
                    break;
                case 3:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[_random.Next(Tokens.Length)]));
                    break;
                case 4:
                    var length = Math.Min(bytes.Count - at, _random.Next(1, 16));
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                case 5:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    ReplaceValue(bytes, at);
                    break;
            }
        }
        return [.. bytes];
    }

    /// <summary>Replaces the value after the next ':' with a random token.</summary>
    private void ReplaceValue(List<byte> bytes, int from)
    {
        var colon = bytes.IndexOf((byte)':', from);
        if (colon < 0)
        {
            return;
        }
        var end = colon + 1;
        while (end < bytes.Count && bytes[end] is not ((byte)',' or (byte)'}' or (byte)']'))
        {
            end++;
        }
        bytes.RemoveRange(colon + 1, end - colon - 1);
        bytes.InsertRange(colon + 1, Encoding.UTF8.GetBytes(Tokens[_random.Next(Tokens.Length)]));
    }
}
