namespace MediaJobs.Server.Compat.MoneyPrinter.Contracts;

/// <summary>Answer of <c>POST /api/generate</c>.</summary>
/// <param name="Status">Always "success".</param>
/// <param name="Message">"Video generation queued.", as the real backend says.</param>
/// <param name="JobId">The new video job's id.</param>
internal sealed record MoneyPrinterGenerateResponse(string Status, string Message, string JobId);
