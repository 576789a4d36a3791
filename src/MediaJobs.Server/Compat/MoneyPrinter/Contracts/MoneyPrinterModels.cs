namespace MediaJobs.Server.Compat.MoneyPrinter.Contracts;

/// <summary>Answer of <c>GET /api/models</c>, as the real backend's: the models and the default one.</summary>
internal sealed record MoneyPrinterModels(string Status, IReadOnlyList<string> Models, string Default);
