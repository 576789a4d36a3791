namespace MediaJobs.Core.Storage;

/// <summary>
/// Optional for a store: how an operator reads what it keeps by hand (e.g. a command line for its database),
/// so messages can say it without Core knowing what database is underneath.
/// </summary>
public interface IStoreAdvice
{
    /// <summary>How to read the value of the setting <paramref name="key"/> (see <see cref="IJobStore.GetSettingAsync"/>).</summary>
    string HowToReadSetting(string key);
}
