namespace MediaJobs.Core.Configuration;

/// <summary>The outcome of <see cref="RuntimeSettings.UpdateAsync(IReadOnlyDictionary{string, string?}, long?, CancellationToken)"/>.</summary>
/// <param name="Outcome">Whether the change was stored, and if not, why.</param>
/// <param name="Errors">The refusals, each naming its key (only when <see cref="RuntimeSettingsOutcome.Refused"/>).</param>
/// <param name="Version">The stored version now: the new one when applied, the one found otherwise.</param>
public sealed record RuntimeSettingsUpdate(RuntimeSettingsOutcome Outcome, IReadOnlyList<RuntimeSettingError> Errors, long Version);
