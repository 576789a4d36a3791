using System.Globalization;
using System.Text;

namespace MediaJobs.Server.Api.Requests;

/// <summary>
/// Unicode Normalization Form C (UAX #15) without ICU: canonical decomposition, canonical ordering, canonical
/// composition, over <see cref="UnicodeCanonicalData"/> plus the Hangul arithmetic. The server runs in invariant
/// globalization mode, where <see cref="string.Normalize()"/> does not compose non-ASCII text.
/// </summary>
internal static class Nfc
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly Lazy<Tables> Data = new(Tables.Load);

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.All(c => c < 0x300))
        {
            return text; // nothing below U+0300 decomposes or combines
        }
        var tables = Data.Value;
        var points = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            Decompose(rune.Value, points, tables);
        }
        Reorder(points, tables);
        Compose(points, tables);
        var builder = new StringBuilder(points.Count);
        foreach (var point in points)
        {
            builder.Append(new Rune(point).ToString());
        }
        return builder.ToString();
    }

    private static void Decompose(int point, List<int> into, Tables tables)
    {
        if (point is >= SBase and < SBase + SCount)
        {
            var index = point - SBase;
            into.Add(LBase + (index / NCount));
            into.Add(VBase + (index % NCount / TCount));
            if (index % TCount != 0)
            {
                into.Add(TBase + (index % TCount));
            }
            return;
        }
        if (tables.Decompositions.TryGetValue(point, out var parts))
        {
            foreach (var part in parts)
            {
                Decompose(part, into, tables);
            }
            return;
        }
        into.Add(point);
    }

    /// <summary>Stable sort of each run of non-starters by combining class.</summary>
    private static void Reorder(List<int> points, Tables tables)
    {
        for (var i = 1; i < points.Count; i++)
        {
            var ccc = tables.Class(points[i]);
            if (ccc == 0)
            {
                continue;
            }
            for (var j = i; j > 0 && tables.Class(points[j - 1]) > ccc; j--)
            {
                (points[j - 1], points[j]) = (points[j], points[j - 1]);
            }
        }
    }

    /// <summary>UAX #15 canonical composition in place (the algorithm of the standard's sample code).</summary>
    private static void Compose(List<int> points, Tables tables)
    {
        if (points.Count == 0)
        {
            return;
        }
        var starter = 0;
        // A string that opens with a non-starter has nothing to compose it with: block until the first starter.
        var lastClass = tables.Class(points[0]) == 0 ? 0 : 256;
        var write = 1;
        for (var read = 1; read < points.Count; read++)
        {
            var point = points[read];
            var ccc = tables.Class(point);
            if ((lastClass < ccc || lastClass == 0) && Pair(points[starter], point, tables) is { } composite)
            {
                points[starter] = composite;
                continue;
            }
            if (ccc == 0)
            {
                starter = write;
            }
            lastClass = ccc;
            points[write++] = point;
        }
        points.RemoveRange(write, points.Count - write);
    }

    private static int? Pair(int first, int second, Tables tables)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
        {
            return SBase + ((((first - LBase) * VCount) + (second - VBase)) * TCount);
        }
        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
        {
            return first + (second - TBase);
        }
        return tables.Composites.TryGetValue(((long)first << 21) | (uint)second, out var composite) ? composite : null;
    }

    private sealed class Tables
    {
        public Dictionary<int, int[]> Decompositions { get; } = [];

        public Dictionary<long, int> Composites { get; } = [];

        private readonly SortedList<int, (int Last, int Class)> _classes = [];

        public int Class(int point)
        {
            var keys = _classes.Keys;
            int low = 0, high = keys.Count - 1;
            while (low <= high)
            {
                var mid = (low + high) / 2;
                if (keys[mid] > point)
                {
                    high = mid - 1;
                }
                else if (_classes.Values[mid].Last < point)
                {
                    low = mid + 1;
                }
                else
                {
                    return _classes.Values[mid].Class;
                }
            }
            return 0;
        }

        public static Tables Load()
        {
            var tables = new Tables();
            foreach (var entry in UnicodeCanonicalData.Decompositions.Split(';'))
            {
                var at = entry.IndexOfAny(['=', '~']);
                var point = Hex(entry[..at]);
                var parts = entry[(at + 1)..].Split(' ').Select(Hex).ToArray();
                tables.Decompositions[point] = parts;
                if (entry[at] == '=')
                {
                    tables.Composites[((long)parts[0] << 21) | (uint)parts[1]] = point;
                }
            }
            foreach (var entry in UnicodeCanonicalData.CombiningClasses.Split(';'))
            {
                var colon = entry.IndexOf(':', StringComparison.Ordinal);
                var range = entry[..colon].Split('-');
                var first = Hex(range[0]);
                tables._classes[first] = (range.Length > 1 ? Hex(range[1]) : first, int.Parse(entry[(colon + 1)..], CultureInfo.InvariantCulture));
            }
            return tables;
        }

        private static int Hex(string text) => int.Parse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
    }
}
