using Spectre.Console;

namespace MediaJobs.Cli;

/// <summary>What every command gets: the API, where to write, and whether to print raw JSON.</summary>
internal sealed record CliContext(ApiClient Api, IAnsiConsole Console, TextWriter Error, bool Json);
