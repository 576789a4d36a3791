using System.Text;

namespace MediaJobs.Media.Processes;

/// <summary>Renders a command for humans (logs and errors), POSIX-shell quoted. Never used to run anything.</summary>
public static class CommandLine
{
    public static string Format(string fileName, IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var sb = new StringBuilder(Quote(fileName));
        foreach (var argument in arguments)
        {
            sb.Append(' ').Append(Quote(argument));
        }

        return sb.ToString();
    }

    public static string Quote(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        if (argument.Length > 0 && argument.All(IsSafe))
        {
            return argument;
        }

        return "'" + argument.Replace("'", @"'\''", StringComparison.Ordinal) + "'";
    }

    private static bool IsSafe(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '+' or '=' or '/' or '.' or ',' or ':' or '@' or '%';
}
