using System.Diagnostics;
using MediaJobs.Core.Engine;
using MediaJobs.Core.Storage;

namespace MediaJobs.Server.Nodes;

/// <summary>
/// A node's name says which running jobs are its own: at start it requeues them and kills their leftover
/// tools as a dead earlier process's. Two live processes with one name would do that to each other, so a
/// node refuses to start under the name of a node that is still alive (another host that beat within a
/// lease, or another live process on this host).
/// </summary>
public static class NodeNameCheck
{
    public static async Task CheckAsync(IJobStore store, EngineOptions options, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var existing = (await store.ListNodesAsync(ct)).FirstOrDefault(n => n.Name == options.NodeName);
        if (existing is null || time.GetUtcNow() - existing.HeartbeatUtc >= options.LeaseDuration)
        {
            return;
        }
        var alive = existing.Host != Environment.MachineName
            || (existing.ProcessId != Environment.ProcessId && IsRunning(existing.ProcessId));
        if (alive)
        {
            throw new InvalidOperationException(
                $"Node name '{options.NodeName}' belongs to a live node (host {existing.Host}, process {existing.ProcessId}, last heartbeat {existing.HeartbeatUtc:O}). " +
                "Give every node its own MediaJobs:Engine:NodeName.");
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
