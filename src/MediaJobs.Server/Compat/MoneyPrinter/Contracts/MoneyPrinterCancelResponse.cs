namespace MediaJobs.Server.Compat.MoneyPrinter.Contracts;

/// <summary>Answer of the two cancel routes.</summary>
/// <param name="Status">Always "success".</param>
/// <param name="Message">Always "Cancellation requested.".</param>
/// <param name="JobId">POST /api/cancel only: the job it cancelled.</param>
internal sealed record MoneyPrinterCancelResponse(
    string Status,
    string Message,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? JobId = null);
