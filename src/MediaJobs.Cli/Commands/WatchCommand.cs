using System.CommandLine;
using Spectre.Console;

namespace MediaJobs.Cli.Commands;

/// <summary><c>mediajobs watch ID</c>: live step progress bars (plain lines when not on a terminal).</summary>
internal static class WatchCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<string>("job-id") { Description = "The job to follow" };
        var command = new Command("watch", "Follow a job's progress until it ends") { id };
        command.SetAction((result, ct) => WatchAsync(context(result), result.GetValue(id)!, ct));
        return command;
    }

    /// <summary>Follows the job's event stream; 0 when it ends Succeeded or Skipped, 1 otherwise.</summary>
    public static async Task<int> WatchAsync(CliContext ctx, string id, CancellationToken ct)
    {
        if (ctx.Console.Profile.Capabilities.Interactive && !ctx.Json)
        {
            await ctx.Console.Progress().AutoClear(false).StartAsync(async progress =>
            {
                var bars = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                await foreach (var e in ctx.Api.FollowAsync(id, ct))
                {
                    if (e.Text("step") is { } step)
                    {
                        if (!bars.TryGetValue(step, out var bar))
                        {
                            bars[step] = bar = progress.AddTask(step, maxValue: 100);
                        }
                        if (e.Data["progressPct"] is { } pct)
                        {
                            bar.Value = pct.GetValue<double>();
                        }
                        if (e.Text("status") is "Succeeded" or "Skipped")
                        {
                            bar.Value = 100;
                        }
                    }
                }
            });
        }
        else
        {
            await foreach (var e in ctx.Api.FollowAsync(id, ct))
            {
                if (!ctx.Json && e.Type != "step-progress")
                {
                    ctx.Console.MarkupLine($"{e.Type,-14} {Markup.Escape(e.Text("step") ?? "")} {Markup.Escape(e.Text("status") ?? e.Text("message") ?? e.Text("code") ?? "")}");
                }
            }
        }
        var job = await ctx.Api.GetJobAsync(id, ct);
        if (ctx.Json)
        {
            JobView.PrintJson(ctx.Console, job);
        }
        else
        {
            JobView.PrintJob(ctx.Console, job);
        }
        return job["status"]?.GetValue<string>() is "Succeeded" or "Skipped" ? 0 : 1;
    }
}
