using MediaJobs.Server.Compat.MoneyPrinter.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaJobs.Server.Compat.MoneyPrinter;

/// <summary>Seed 001's error body, <c>{status: "error", message}</c>, for every failure of this surface (engine validation keeps its message).</summary>
internal sealed class MoneyPrinterErrors : CompatErrors<MoneyPrinterError>
{
    public static MoneyPrinterErrors Shape { get; } = new();

    public static JsonHttpResult<MoneyPrinterError> NotFound() => Shape.Error(StatusCodes.Status404NotFound, "Job not found.");

    protected override MoneyPrinterError Body(int status, string message) => new("error", message);
}
