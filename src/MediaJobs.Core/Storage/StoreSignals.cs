namespace MediaJobs.Core.Storage;

/// <summary>
/// Hints a store raises when another node changed something this node may act on (a scale-out store
/// hears them through LISTEN/NOTIFY). Only hints: the engine also polls, so a lost hint only delays.
/// </summary>
public sealed class StoreSignals
{
    /// <summary>Jobs were queued or requeued somewhere: look for work now.</summary>
    public event Action? JobsAvailable;

    /// <summary>A cancel was requested for this job id.</summary>
    public event Action<string>? CancelRequested;

    /// <summary>A persisted setting changed (e.g. <see cref="Settings.QueuePaused"/>).</summary>
    public event Action<string>? SettingChanged;

    public void RaiseJobsAvailable() => JobsAvailable?.Invoke();

    public void RaiseCancelRequested(string jobId) => CancelRequested?.Invoke(jobId);

    public void RaiseSettingChanged(string key) => SettingChanged?.Invoke(key);
}
