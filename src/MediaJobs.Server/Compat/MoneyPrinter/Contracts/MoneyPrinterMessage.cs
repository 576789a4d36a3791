namespace MediaJobs.Server.Compat.MoneyPrinter.Contracts;

/// <summary>The real backend's plain answer: <c>{status: "success", message}</c>.</summary>
internal sealed record MoneyPrinterMessage(string Status, string Message);
