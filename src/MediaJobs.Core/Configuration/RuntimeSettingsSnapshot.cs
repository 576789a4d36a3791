namespace MediaJobs.Core.Configuration;

/// <summary>Every runtime-changeable key with the value this node applies now, and the stored version it came from.</summary>
/// <param name="Version">The stored settings' version (0 before the first change); a change may name it to be refused when stale.</param>
/// <param name="Values">Configuration key → value (a dictionary setting lists each entry), in key order.</param>
public sealed record RuntimeSettingsSnapshot(long Version, IReadOnlyDictionary<string, string?> Values);
