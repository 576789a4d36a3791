namespace MediaJobs.Server.Compat.MoneyPrinter.Contracts;

/// <summary>A video job in seed 001's words; times are ISO 8601 UTC with milliseconds.</summary>
/// <param name="Id">The job id.</param>
/// <param name="State">queued, running, completed (also skipped), failed or cancelled.</param>
/// <param name="CancelRequested">Whether cancellation was asked for (true once cancelled).</param>
/// <param name="ResultPath">The MP4's absolute path once completed, else null.</param>
/// <param name="ErrorMessage">Why it failed, else null.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="StartedAt">When it started, null while queued.</param>
/// <param name="CompletedAt">When it ended, null until then.</param>
internal sealed record MoneyPrinterJob(
    string Id,
    string State,
    bool CancelRequested,
    string? ResultPath,
    string? ErrorMessage,
    string CreatedAt,
    string? StartedAt,
    string? CompletedAt);
