namespace MediaJobs.Server.Compat.MoneyPrinter.Contracts;

/// <summary>Seed 001's error body.</summary>
/// <param name="Status">Always "error".</param>
/// <param name="Message">What went wrong, e.g. "Job not found.".</param>
internal sealed record MoneyPrinterError(string Status, string Message);
