using System.CommandLine;
using System.Text.Json.Nodes;
using Spectre.Console;

namespace MediaJobs.Cli.Commands;

/// <summary><c>mediajobs cancel ID</c> and <c>mediajobs retry ID</c>.</summary>
internal static class JobActionCommands
{
    public static Command Cancel(Func<ParseResult, CliContext> context) =>
        Create("cancel", "Cancel a queued or running job", context, (api, id, ct) => api.CancelAsync(id, ct));

    public static Command Retry(Func<ParseResult, CliContext> context) =>
        Create("retry", "Run a failed or cancelled job again from its first unfinished step", context, (api, id, ct) => api.RetryAsync(id, ct));

    private static Command Create(string name, string description, Func<ParseResult, CliContext> context, Func<ApiClient, string, CancellationToken, Task<JsonObject>> call)
    {
        var id = new Argument<string>("job-id") { Description = "The job" };
        var command = new Command(name, description) { id };
        command.SetAction(async (result, ct) =>
        {
            var ctx = context(result);
            var answer = await call(ctx.Api, result.GetValue(id)!, ct);
            if (ctx.Json)
            {
                JobView.PrintJson(ctx.Console, answer);
            }
            else
            {
                ctx.Console.MarkupLine($"{JobView.Esc(answer["jobId"])}: {JobView.Esc(answer["message"])} (now {JobView.Status(answer["currentStatus"])})");
            }
            return 0;
        });
        return command;
    }
}
