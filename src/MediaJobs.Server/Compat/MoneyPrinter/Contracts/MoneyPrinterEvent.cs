using System.Text.Json.Nodes;

namespace MediaJobs.Server.Compat.MoneyPrinter.Contracts;

/// <summary>One entry of the job's event log in seed 001's words.</summary>
/// <param name="Id">The event id (store-wide, increasing): pass it as ?after= to poll for newer ones.</param>
/// <param name="Type">"progress" for step progress, else "log".</param>
/// <param name="Level">info, success, warning or error.</param>
/// <param name="Message">What happened.</param>
/// <param name="Payload">The event's data; our event name is in payload.event.</param>
/// <param name="Timestamp">Unix seconds with milliseconds.</param>
internal sealed record MoneyPrinterEvent(long Id, string Type, string Level, string Message, JsonObject Payload, double Timestamp);
