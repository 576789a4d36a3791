using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace MediaJobs.Cli.Commands;

/// <summary><c>mediajobs list --status Running,Queued</c></summary>
internal static class ListCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var status = new Option<string?>("--status", "-s") { Description = "Comma-separated statuses" };
        var type = new Option<string?>("--type", "-t") { Description = "Only this job type" };
        var limit = new Option<int>("--limit", "-n") { Description = "How many (1-500)", DefaultValueFactory = _ => 20 };
        var command = new Command("list", "List jobs, newest first, with the queue's stats") { status, type, limit };
        command.SetAction(async (result, ct) =>
        {
            var ctx = context(result);
            var query = string.Create(CultureInfo.InvariantCulture, $"?limit={result.GetValue(limit)}")
                + (result.GetValue(status) is { } s ? "&status=" + Uri.EscapeDataString(s) : "")
                + (result.GetValue(type) is { } t ? "&type=" + Uri.EscapeDataString(t) : "");
            var page = await ctx.Api.ListAsync(query, ct);
            if (ctx.Json)
            {
                JobView.PrintJson(ctx.Console, page);
                return 0;
            }
            var table = new Table().AddColumns("job", "type", "preset", "status", "progress", "created");
            foreach (var job in page["items"]?.AsArray() ?? [])
            {
                table.AddRow(JobView.Esc(job?["jobId"]), JobView.Esc(job?["type"]), JobView.Esc(job?["preset"]),
                    JobView.Status(job?["status"]), JobView.Esc(job?["progressPct"]) + "%", JobView.Esc(job?["createdUtc"]));
            }
            ctx.Console.Write(table);
            ctx.Console.MarkupLine($"{JobView.Esc(page["total"])} jobs{(page["paused"]?.GetValue<bool>() == true ? " — [yellow]queue paused[/]" : "")}");
            return 0;
        });
        return command;
    }
}
