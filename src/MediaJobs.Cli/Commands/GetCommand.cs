using System.CommandLine;

namespace MediaJobs.Cli.Commands;

/// <summary><c>mediajobs get ID</c></summary>
internal static class GetCommand
{
    public static Command Create(Func<ParseResult, CliContext> context)
    {
        var id = new Argument<string>("job-id") { Description = "The job to show" };
        var command = new Command("get", "Show one job: status, steps, errors, output") { id };
        command.SetAction(async (result, ct) =>
        {
            var ctx = context(result);
            var job = await ctx.Api.GetJobAsync(result.GetValue(id)!, ct);
            if (ctx.Json)
            {
                JobView.PrintJson(ctx.Console, job);
            }
            else
            {
                JobView.PrintJob(ctx.Console, job);
            }
            return 0;
        });
        return command;
    }
}
