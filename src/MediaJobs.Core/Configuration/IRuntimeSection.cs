namespace MediaJobs.Core.Configuration;

/// <summary>One options section with keys that may change at run time, checked by the section's own validators.</summary>
internal interface IRuntimeSection
{
    string SectionName { get; }

    Type OptionsType { get; }

    /// <summary>Whether <paramref name="key"/> (a full configuration key) is one this section lets change at run time.</summary>
    bool Allows(string key);

    /// <summary>
    /// The section's options built as start-up builds them, with <paramref name="overrides"/> (this section's keys)
    /// laid over, then validated by the same validators: the failures, empty when the values are acceptable.
    /// </summary>
    IReadOnlyList<RuntimeSettingError> Check(IReadOnlyDictionary<string, string> overrides);

    /// <summary>Each declared key (each entry of a dictionary property) with its live value, in configuration form.</summary>
    IEnumerable<KeyValuePair<string, string?>> CurrentValues();

    /// <summary>The live options (configured values with this node's accepted overrides).</summary>
    object Current { get; }

    /// <summary>The configured options, without any runtime override.</summary>
    object Configured { get; }
}
