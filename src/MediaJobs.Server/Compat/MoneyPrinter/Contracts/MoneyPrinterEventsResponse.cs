namespace MediaJobs.Server.Compat.MoneyPrinter.Contracts;

/// <summary>Answer of <c>GET /api/jobs/{id}/events</c>: up to 1000 events, oldest first.</summary>
/// <param name="Status">Always "success".</param>
/// <param name="Events">The events after the given id.</param>
internal sealed record MoneyPrinterEventsResponse(string Status, IReadOnlyList<MoneyPrinterEvent> Events);
