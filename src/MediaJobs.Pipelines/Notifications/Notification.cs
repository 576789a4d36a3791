namespace MediaJobs.Pipelines.Notifications;

/// <summary>One message: <see cref="Event"/> is <c>queue_drained</c> or <c>job_failed</c>.</summary>
public sealed record Notification(string Event, string Title, string Message, string? JobId = null);
