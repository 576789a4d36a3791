namespace MediaJobs.Core.Events;

public enum EventLevel
{
    Info,
    Success,
    Warning,
    Error,
}
