using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace MediaJobs.Cli.Commands;

/// <summary>How jobs look on a terminal.</summary>
internal static class JobView
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static void PrintJson(IAnsiConsole console, JsonNode node) =>
        console.Profile.Out.Writer.WriteLine(node.ToJsonString(Indented));

    public static void PrintJob(IAnsiConsole console, JsonObject job)
    {
        console.MarkupLine($"[bold]{Esc(job["jobId"])}[/]  {Esc(job["type"])}/{Esc(job["preset"])}  {Status(job["status"])}  {Number(job["progressPct"])}%");
        var table = new Table().AddColumns("step", "status", "progress", "duration");
        foreach (var step in job["steps"]?.AsArray() ?? [])
        {
            table.AddRow(Esc(step?["name"]), Status(step?["status"]), Number(step?["progressPct"]) + "%", Number(step?["durationMs"]) + " ms");
        }
        console.Write(table);
        foreach (var e in job["errors"]?.AsArray() ?? [])
        {
            console.MarkupLine($"[red]error[/] {Esc(e?["code"])}: {Esc(e?["message"])}  [grey]{Esc(e?["remediation"])}[/]");
        }
        foreach (var w in job["warnings"]?.AsArray() ?? [])
        {
            console.MarkupLine($"[yellow]warning[/] {Esc(w?["code"])}: {Esc(w?["message"])}");
        }
        if (job["output"]?["path"] is { } path)
        {
            console.MarkupLine($"output: {Esc(path)}");
        }
    }

    public static string Status(JsonNode? status)
    {
        var text = status?.GetValue<string>() ?? "?";
        var colour = text switch
        {
            "Succeeded" => "green",
            "Failed" => "red",
            "Cancelled" or "Skipped" => "yellow",
            "Running" => "blue",
            _ => "grey",
        };
        return $"[{colour}]{Markup.Escape(text)}[/]";
    }

    public static string Esc(JsonNode? node) => Markup.Escape(node?.ToString() ?? "");

    private static string Number(JsonNode? node) =>
        node is null ? "0" : node.GetValue<double>().ToString("0.#", CultureInfo.InvariantCulture);
}
