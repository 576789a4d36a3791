namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>What one stream has shown: the jobs its client knows, and the discovery counts already sent.</summary>
internal sealed class ShrinkRayStreamState(IEnumerable<string> known)
{
    private readonly Dictionary<string, long> _probed = new(StringComparer.Ordinal);

    public Dictionary<string, bool> Visible { get; } = known.ToDictionary(id => id, _ => true, StringComparer.Ordinal);

    public void See(string jobId)
    {
        if (Visible.Count > 10_000)
        {
            Visible.Clear();
        }
        Visible[jobId] = true;
    }

    public bool IsNewCount(string jobId, long probed)
    {
        if (_probed.TryGetValue(jobId, out var last) && probed <= last)
        {
            return false;
        }
        if (_probed.Count > 1_000)
        {
            _probed.Clear();
        }
        _probed[jobId] = probed;
        return true;
    }
}
