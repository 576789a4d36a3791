namespace MediaJobs.Server.Hosting;

/// <summary>
/// A server that cannot start (a bad configuration value, keys missing beyond loopback, a data folder of another
/// store, a full disk under the data folder: <see cref="DiskSpace.DataFolderFullException"/>, raised before the host's
/// services run so none of them logs a stack trace for it) exits with code 1 and one line saying why, instead of an unhandled exception's abort (exit 134, a core
/// dump, a stack trace as the last thing on the screen). The host has already logged the full exception.
/// </summary>
public static class StartupFailure
{
    public const int ExitCode = 1;

    /// <summary>True for an exception that ends the start; false for the test host stopping the entry point on purpose.</summary>
    public static bool Ends(Exception exception) => exception is not HostAbortedException;

    public static int Report(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Console.Error.WriteLine($"MediaJobs did not start: {Describe(exception)}");
        return ExitCode;
    }

    private static string Describe(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions.Count: 1 } aggregate => Describe(aggregate.InnerExceptions[0]),
        _ when exception.InnerException is { } inner && exception.Message.Contains(inner.Message, StringComparison.Ordinal) => exception.Message,
        _ when exception.InnerException is { } inner => $"{exception.Message} {Describe(inner)}",
        _ => exception.Message,
    };
}
