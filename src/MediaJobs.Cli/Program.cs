using MediaJobs.Cli;
using Spectre.Console;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops watching (the job keeps running on the server); a second one kills the CLI.
    e.Cancel = !cancel.IsCancellationRequested;
    cancel.Cancel();
};
return await CliApp.RunAsync(args, AnsiConsole.Console, Console.Error, ct: cancel.Token);
