using System.CommandLine;
using Spectre.Console;

namespace MediaJobs.Cli.Commands;

/// <summary><c>mediajobs queue pause|resume|status</c></summary>
internal static class QueueCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var action = new Argument<string>("action") { Description = "pause, resume or status" };
        action.AcceptOnlyFromAmong("pause", "resume", "status");
        var command = new Command("queue", "Pause (running jobs go back to the front), resume, or show the queue") { action };
        command.SetAction(async (result, ct) =>
        {
            var ctx = context(result);
            var state = await ctx.Api.QueueAsync(result.GetValue(action)!, ct);
            if (ctx.Json)
            {
                JobView.PrintJson(ctx.Console, state);
            }
            else
            {
                var paused = state["paused"]?.GetValue<bool>() == true;
                ctx.Console.MarkupLine(paused ? "queue [yellow]paused[/]" : "queue [green]running[/]");
            }
            return 0;
        });
        return command;
    }
}
