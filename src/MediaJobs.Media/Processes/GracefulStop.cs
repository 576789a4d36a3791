namespace MediaJobs.Media.Processes;

/// <summary>How a running tool is first asked to stop when its job is cancelled.</summary>
public enum GracefulStop
{
    /// <summary>No polite request: kill the process tree at once.</summary>
    None,

    /// <summary>Write <c>q\n</c> on stdin (ffmpeg closes its output file cleanly).</summary>
    QuitOnStdin,

    /// <summary>Send SIGINT (Ctrl+C).</summary>
    Interrupt,

    /// <summary>Send SIGTERM.</summary>
    Terminate,
}
