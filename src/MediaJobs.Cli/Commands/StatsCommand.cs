using System.CommandLine;
using Spectre.Console;

namespace MediaJobs.Cli.Commands;

/// <summary><c>mediajobs stats</c></summary>
internal static class StatsCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var command = new Command("stats", "Counts per status and bytes saved");
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
                table.AddRow(Markup.Escape(name), JobView.Esc(value));
            }
            ctx.Console.Write(table);
            return 0;
        });
        return command;
    }
}
