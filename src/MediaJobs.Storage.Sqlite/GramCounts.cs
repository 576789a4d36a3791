using System.Collections.Concurrent;

namespace MediaJobs.Storage.Sqlite;

/// <summary>
/// How many inputs hold each 3-character gram (counted up to a cap), remembered for a while: the count only picks
/// which grams a search asks the index for (its cost, never its answer), and grams change their frequency slowly,
/// while the same text is searched again and again (a search paged through by cursor, the dashboard's search box).
/// </summary>
internal sealed class GramCounts(TimeProvider time)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(1);
    private const int MaxEntries = 4096;
    private readonly ConcurrentDictionary<string, (long Count, DateTimeOffset At)> _counts = new(StringComparer.Ordinal);

    public bool TryGet(string gram, out long count)
    {
        if (_counts.TryGetValue(Key(gram), out var known) && time.GetUtcNow() - known.At < Fresh)
        {
            count = known.Count;
            return true;
        }
        count = 0;
        return false;
    }

    public void Set(string gram, long count)
    {
        if (_counts.Count >= MaxEntries)
        {
            _counts.Clear();
        }
        _counts[Key(gram)] = (count, time.GetUtcNow());
    }

    // The index folds case; so does the key (a miss only costs a probe).
    private static string Key(string gram) => gram.ToLowerInvariant();
}
