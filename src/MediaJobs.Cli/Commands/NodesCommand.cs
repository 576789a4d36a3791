using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace MediaJobs.Cli.Commands;

/// <summary><c>mediajobs nodes</c>: the server processes sharing the store, live or gone.</summary>
internal static class NodesCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var command = new Command("nodes", "The nodes sharing this server's store: live or gone, jobs running, job types and limits, tools");
        command.SetAction(async (result, ct) =>
        {
            var ctx = context(result);
            var nodes = await ctx.Api.NodesAsync(ct);
            if (ctx.Json)
            {
                JobView.PrintJson(ctx.Console, nodes);
                return 0;
            }
            var table = new Table().AddColumns("node", "state", "running", "host", "version", "last beat", "job types", "capabilities");
            foreach (var node in nodes["nodes"]?.AsArray() ?? [])
            {
                var types = node?["jobTypes"]?.AsObject().Select(t => $"{t.Key}×{t.Value}") ?? [];
                var capabilities = node?["capabilities"]?.AsArray().Select(c => c?.ToString() ?? "") ?? [];
                table.AddRow(
                    Text(node, "name"),
                    node?["live"]?.GetValue<bool>() == true ? "[green]live[/]" : "[grey]gone[/]",
                    Text(node, "runningJobs"),
                    Text(node, "host"),
                    Text(node, "version"),
                    Text(node, "heartbeatUtc"),
                    Markup.Escape(string.Join(", ", types)),
                    Markup.Escape(string.Join(", ", capabilities)));
            }
            ctx.Console.Write(table);
            return 0;
        });
        return command;
    }

    private static string Text(JsonNode? node, string key) => Markup.Escape(node?[key]?.ToString() ?? "");
}
