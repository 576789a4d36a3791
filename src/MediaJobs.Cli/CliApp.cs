using System.CommandLine;
using System.Net.Http.Headers;
using MediaJobs.Cli.Commands;
using Spectre.Console;

namespace MediaJobs.Cli;

/// <summary>
/// Builds the command tree and runs one command line. Exit code 0: done (a watched job Succeeded
/// or was Skipped); 1: bad usage, the server said no, or the watched job did not succeed.
/// </summary>
internal static class CliApp
{
    /// <param name="handler">Tests pass the handler that reaches their server; normally a plain socket handler.</param>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, TextWriter error, HttpMessageHandler? handler = null, CancellationToken ct = default)
    {
        var root = new RootCommand("mediajobs — submit, watch and manage MediaJobs jobs from the terminal");
        root.Options.Add(GlobalOptions.Server);
        root.Options.Add(GlobalOptions.ApiKey);
        root.Options.Add(GlobalOptions.Json);
        foreach (var command in new[]
        {
            SubmitCommand.Create(Context), WatchCommand.Create(Context), GetCommand.Create(Context),
            ListCommand.Create(Context), JobActionCommands.Cancel(Context), JobActionCommands.Retry(Context),
            QueueCommand.Create(Context), StatsCommand.Create(Context), NodesCommand.Create(Context), ServeCommand.Create(),
        })
        {
            root.Subcommands.Add(command);
        }
        var parse = root.Parse(args);
        try
        {
            var invocation = new InvocationConfiguration { Output = console.Profile.Out.Writer, Error = error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(invocation, ct);
        }
        catch (ApiException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await error.WriteLineAsync("stopped (the job keeps running on the server)");
            return 1;
        }

        CliContext Context(ParseResult result)
        {
            if (!Uri.TryCreate(result.GetValue(GlobalOptions.Server), UriKind.Absolute, out var server) || server.Scheme is not ("http" or "https"))
            {
                throw new ApiException($"--server must be an http(s) URL, not '{result.GetValue(GlobalOptions.Server)}'.");
            }
            var http = new HttpClient(handler ?? new SocketsHttpHandler(), disposeHandler: handler is null)
            {
                BaseAddress = server,
                Timeout = Timeout.InfiniteTimeSpan,
            };
            if (result.GetValue(GlobalOptions.ApiKey) is { Length: > 0 } key)
            {
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            }
            return new CliContext(new ApiClient(http), console, error, result.GetValue(GlobalOptions.Json));
        }
    }
}
