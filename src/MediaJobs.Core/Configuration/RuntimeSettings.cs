using System.Collections.Immutable;
using MediaJobs.Core.Storage;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Core.Configuration;

/// <summary>
/// The one way to change settings while the server runs. Only keys a feature registered as runtime-changeable
/// (<see cref="RuntimeSettingsServiceCollectionExtensions.AddRuntimeSettings{T}"/>) can change; a change is checked by
/// the same validators as start-up, stored in the job store (setting <see cref="StoreKey"/>) so every node applies it
/// (at its next refresh: a store hint or a poll), and read back through <c>IOptionsMonitor&lt;T&gt;</c> or
/// <see cref="Current{T}"/>. Thread-safe: changes on one node are serialized, readers see whole snapshots.
/// </summary>
public sealed partial class RuntimeSettings
{
    /// <summary>The store setting holding every override (configuration key → value) and their version: <see cref="StoredRuntimeSettings"/>.</summary>
    public const string StoreKey = "runtime_settings";

    /// <summary>How many times a change is merged again after another writer won the swap, before giving up.</summary>
    private const int MaxAttempts = 20;

    private readonly IJobStore _store;
    private readonly IReadOnlyList<IRuntimeSection> _sections;
    private readonly RuntimeOverrides _overrides;
    private readonly ILogger<RuntimeSettings> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _version;

    internal RuntimeSettings(IJobStore store, IEnumerable<IRuntimeSection> sections, RuntimeOverrides overrides, ILogger<RuntimeSettings> logger)
    {
        _store = store;
        _sections = [.. sections];
        _overrides = overrides;
        _logger = logger;
    }

    /// <summary>The overrides this node applies now (configuration key → value); a key absent here has its configured value.</summary>
    public IReadOnlyDictionary<string, string> Overrides => _overrides.Current;

    /// <summary>Whether <paramref name="key"/> may change at run time.</summary>
    public bool IsRuntimeKey(string key) => Find(key) is not null;

    /// <summary>The live <typeparamref name="T"/>: configured values with the overrides applied.</summary>
    public T Current<T>() where T : class => (T)Section<T>().Current;

    /// <summary>The configured <typeparamref name="T"/>, as start-up read it, without overrides.</summary>
    public T Configured<T>() where T : class => (T)Section<T>().Configured;

    /// <summary>
    /// Applies <paramref name="changes"/> (configuration key → value; null puts the configured value back) all or none:
    /// every key must be runtime-changeable and every affected section must pass its start-up validation with them.
    /// A change made at the same moment on another node is merged, not lost.
    /// </summary>
    /// <returns>The refusals, each naming its key; empty when the changes were stored and applied.</returns>
    public async Task<IReadOnlyList<RuntimeSettingError>> UpdateAsync(IReadOnlyDictionary<string, string?> changes, CancellationToken ct)
    {
        var update = await UpdateAsync(changes, expectedVersion: null, ct);
        return update.Outcome == RuntimeSettingsOutcome.Busy
            ? [new RuntimeSettingError(StoreKey, "The runtime settings kept changing on other nodes; try again.")]
            : update.Errors;
    }

    /// <summary>
    /// As <see cref="UpdateAsync(IReadOnlyDictionary{string, string?}, CancellationToken)"/>, and when
    /// <paramref name="expectedVersion"/> is given, only while the stored settings are still that version
    /// (<see cref="RuntimeSettingsSnapshot.Version"/>): otherwise <see cref="RuntimeSettingsOutcome.Stale"/>.
    /// </summary>
    public async Task<RuntimeSettingsUpdate> UpdateAsync(IReadOnlyDictionary<string, string?> changes, long? expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await _gate.WaitAsync(ct);
        try
        {
            for (var attempt = 0; attempt < MaxAttempts; attempt++)
            {
                // Merge into what the store holds now, not what this node last saw: another node may have changed other keys.
                var read = await _store.GetSettingAsync(StoreKey, ct);
                var stored = StoredRuntimeSettings.Parse(read);
                if (expectedVersion is { } expected && expected != stored.Version)
                {
                    return new(RuntimeSettingsOutcome.Stale, [], stored.Version);
                }
                var (candidate, errors) = Merge(stored.Overrides, changes);
                if (errors.Count > 0)
                {
                    return new(RuntimeSettingsOutcome.Refused, errors, stored.Version);
                }
                var next = new StoredRuntimeSettings(stored.Version + 1, candidate);
                if (await _store.CompareAndSetSettingAsync(StoreKey, read, next.Serialize(), ct))
                {
                    Publish(next);
                    return new(RuntimeSettingsOutcome.Applied, [], next.Version);
                }
                // Another node wrote between the read and the swap: read its write and merge into it (or find it stale).
            }
            return new(RuntimeSettingsOutcome.Busy, [], StoredRuntimeSettings.Parse(await _store.GetSettingAsync(StoreKey, ct)).Version);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reads the stored settings, applies them, and lists every runtime key with the value this node applies.</summary>
    public async Task<RuntimeSettingsSnapshot> ReadAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            Publish(StoredRuntimeSettings.Parse(await _store.GetSettingAsync(StoreKey, ct)));
            var values = new SortedDictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in _sections.SelectMany(s => s.CurrentValues()))
            {
                values[key] = value;
            }
            return new RuntimeSettingsSnapshot(_version, values);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Reads the stored overrides and applies those this node accepts (called by the refresher).</summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            Publish(StoredRuntimeSettings.Parse(await _store.GetSettingAsync(StoreKey, ct)));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary><paramref name="changes"/> laid over <paramref name="stored"/>, and the refusals of every key and section they touch.</summary>
    private (ImmutableDictionary<string, string> Candidate, List<RuntimeSettingError> Errors) Merge(
        ImmutableDictionary<string, string> stored, IReadOnlyDictionary<string, string?> changes)
    {
        var next = stored.ToBuilder();
        var errors = new List<RuntimeSettingError>();
        var touched = new HashSet<IRuntimeSection>();
        foreach (var (key, value) in changes)
        {
            if (Find(key) is not { } section)
            {
                errors.Add(new RuntimeSettingError(key, $"{key} cannot change while the server runs (set it in the configuration and restart)."));
                continue;
            }
            touched.Add(section);
            if (value is null)
            {
                next.Remove(key);
            }
            else
            {
                next[key] = value;
            }
        }
        var candidate = next.ToImmutable();
        errors.AddRange(touched.SelectMany(s => s.Check(RuntimeOverrides.Slice(candidate, s.SectionName))));
        return (candidate, errors);
    }

    /// <summary>
    /// Applies each section's stored overrides when they pass this node's validation. They passed on the node that
    /// wrote them; a node whose own configuration makes them invalid (a cross-field rule) keeps its previous values.
    /// </summary>
    private void Publish(StoredRuntimeSettings settings)
    {
        _version = settings.Version;
        var stored = settings.Overrides;
        var current = _overrides.Current;
        var next = current.Clear().ToBuilder();
        var changed = new List<string>();
        foreach (var section in _sections)
        {
            var mine = RuntimeOverrides.Slice(current, section.SectionName);
            var theirs = RuntimeOverrides.Slice(stored, section.SectionName).Where(p => section.Allows(p.Key))
                .ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);
            var accepted = mine;
            if (!Same(mine, theirs))
            {
                if (section.Check(theirs) is { Count: > 0 } errors)
                {
                    LogRefused(_logger, section.SectionName, string.Join(" ", errors.Select(e => e.Message)));
                }
                else
                {
                    accepted = theirs;
                    changed.Add(section.SectionName);
                }
            }
            next.AddRange(accepted);
        }
        if (changed.Count > 0)
        {
            _overrides.Replace(next.ToImmutable(), changed);
        }
    }

    private static bool Same(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && string.Equals(v, p.Value, StringComparison.Ordinal));

    private IRuntimeSection? Find(string key) => _sections.FirstOrDefault(s => s.Allows(key));

    private IRuntimeSection Section<T>() => _sections.FirstOrDefault(s => s.OptionsType == typeof(T))
        ?? throw new InvalidOperationException($"{typeof(T).Name} has no runtime settings: register them with AddRuntimeSettings<{typeof(T).Name}>.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored runtime settings of {Section} are invalid on this node and were not applied: {Errors}")]
    private static partial void LogRefused(ILogger logger, string section, string errors);
}
