namespace MediaJobs.Server.Compat.MoneyPrinter.Contracts;

/// <summary>Answer of <c>GET /api/jobs/{id}</c>.</summary>
/// <param name="Status">Always "success".</param>
/// <param name="Job">The job.</param>
internal sealed record MoneyPrinterJobResponse(string Status, MoneyPrinterJob Job);
