using System.CommandLine;
using System.Diagnostics;

namespace MediaJobs.Cli.Commands;

/// <summary>
/// <c>mediajobs serve [-- server arguments]</c>: runs the server that ships beside the CLI, in the
/// foreground, with its output on this terminal (Ctrl+C stops both).
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Start a MediaJobs server here (arguments after it go to the server, e.g. --urls)")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(async (result, ct) =>
        {
            var server = Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll");
            var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, WorkingDirectory = Environment.CurrentDirectory };
            info.ArgumentList.Add(server);
            foreach (var token in result.UnmatchedTokens)
            {
                info.ArgumentList.Add(token);
            }
            using var process = Process.Start(info) ?? throw new ApiException("could not start the server.");
            try
            {
                await process.WaitForExitAsync(ct);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C reached the server too (same process group); give it time to stop cleanly.
                await process.WaitForExitAsync(CancellationToken.None);
            }
            return process.ExitCode;
        });
        return command;
    }
}
