using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace MediaJobs.Cli.Commands;

/// <summary><c>mediajobs stats</c></summary>
internal static class StatsCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var command = new Command("stats", "Counts per status and the job types' counters (e.g. bytes saved)");
        command.SetAction(async (result, ct) =>
        {
            var ctx = context(result);
            var stats = await ctx.Api.StatsAsync(ct);
            if (ctx.Json)
            {
                JobView.PrintJson(ctx.Console, stats);
                return 0;
            }
            var table = new Table().AddColumns("measure", "value");
            foreach (var (name, value) in stats)
            {
                // The counters the job types declare, one row per total (e.g. "bytesSaved lifetime").
                var rows = name == "counters" && value is JsonObject counters
                    ? counters.SelectMany(c => (c.Value as JsonObject ?? []).Select(t => ($"{c.Key} {t.Key}", t.Value)))
                    : [(name, value)];
                foreach (var (measure, amount) in rows)
                {
                    table.AddRow(Markup.Escape(measure), JobView.Esc(amount));
                }
            }
            ctx.Console.Write(table);
            return 0;
        });
        return command;
    }
}
