using System.Reflection;
using MediaJobs.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Server.Tests.DiskSpace;

/// <summary>
/// The real store behind a switch: while <see cref="Full"/> is set, every write fails as SQLite's does on a full disk
/// (after the store's translation: a <see cref="StorageFullException"/>); reads still work.
/// </summary>
public class FillableStore : DispatchProxy
{
    private static readonly string[] Writes = ["EnqueueAsync", "CommitAsync", "SetSettingAsync", "RequestCancelAsync", "DeleteAsync", "AddToCountersAsync", "SetCounterAsync"];

    private IJobStore _inner = null!;

    public static bool Full { get; set; }

    /// <summary>Replaces the registered store with this switchable one around it.</summary>
    public static void Install(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IJobStore));
        services.Remove(registered);
        services.AddSingleton(sp =>
        {
            var proxy = Create<IJobStore, FillableStore>();
            ((FillableStore)(object)proxy)._inner = (IJobStore)registered.ImplementationFactory!(sp);
            return proxy;
        });
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (Full && Writes.Contains(targetMethod.Name))
        {
            var error = new StorageFullException("The database could not be written: the disk is full (SQLite Error 13: 'database or disk is full').");
            return targetMethod.ReturnType == typeof(Task)
                ? Task.FromException(error)
                : typeof(Task).GetMethods().Single(m => m.Name == nameof(Task.FromException) && m.IsGenericMethod)
                    .MakeGenericMethod(targetMethod.ReturnType.GetGenericArguments()[0]).Invoke(null, [error]);
        }
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }
}
