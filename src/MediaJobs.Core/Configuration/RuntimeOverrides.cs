using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Primitives;

namespace MediaJobs.Core.Configuration;

/// <summary>
/// The runtime overrides this node applies (configuration key → value), swapped whole so a reader never sees half a
/// change, and one change token per options section so <c>IOptionsMonitor</c> rebuilds only what changed.
/// </summary>
internal sealed class RuntimeOverrides
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _watchers = new(StringComparer.OrdinalIgnoreCase);
    private ImmutableDictionary<string, string> _current = ImmutableDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase);

    public ImmutableDictionary<string, string> Current => Volatile.Read(ref _current);

    public IChangeToken Watch(string section) =>
        new CancellationChangeToken(_watchers.GetOrAdd(section, _ => new CancellationTokenSource()).Token);

    /// <summary>Publishes <paramref name="next"/>, then tells the watchers of <paramref name="changedSections"/>.</summary>
    public void Replace(ImmutableDictionary<string, string> next, IEnumerable<string> changedSections)
    {
        Volatile.Write(ref _current, next);
        foreach (var section in changedSections)
        {
            if (_watchers.TryRemove(section, out var fired))
            {
                fired.Cancel();
                fired.Dispose();
            }
        }
    }

    /// <summary>The overrides under <paramref name="section"/> (keys <c>Section:…</c>).</summary>
    public static ImmutableDictionary<string, string> Slice(IReadOnlyDictionary<string, string> all, string section) =>
        all.Where(p => p.Key.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase))
            .ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);
}
