using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;

namespace MediaJobs.Pipelines.Common;

/// <summary>
/// Reads optional fields of a submission's JSON with range checks; every problem is a
/// <see cref="JobValidationException"/> naming the field, so a bad value is a 400, never a guess.
/// <paramref name="at"/> is where <paramref name="source"/> sits: inside the input (<c>""</c>, <c>captions.</c>: fields
/// named relative to the input, each surface adds its own name for it) or the submission's <c>options.</c>.
/// </summary>
internal sealed class InputReader(JsonObject source, string at = "")
{
    /// <summary>Where the submission's options are read (<see cref="Refuse(string, string, string)"/> names them from the root).</summary>
    public const string Options = "options.";

    public double Number(string name, double fallback, double min, double max)
    {
        if (source[name] is not { } node)
        {
            return fallback;
        }
        // Parsed from the JSON text: a node built in memory from an int does not convert to double otherwise.
        if (node.GetValueKind() != JsonValueKind.Number
            || !double.TryParse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw Invalid(name, $"must be a number from {min} to {max}");
        }
        return value >= min && value <= max ? value : throw Invalid(name, $"must be from {min} to {max}, not {value}");
    }

    public int Integer(string name, int fallback, int min, int max)
    {
        var value = Number(name, fallback, min, max);
        return value == Math.Floor(value) ? (int)value : throw Invalid(name, "must be a whole number");
    }

    public bool Boolean(string name, bool fallback)
    {
        if (source[name] is not { } node)
        {
            return fallback;
        }
        return node.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Invalid(name, "must be true or false"),
        };
    }

    public string? Text(string name, int maxLength)
    {
        if (source[name] is not { } node)
        {
            return null;
        }
        if (node.GetValueKind() != JsonValueKind.String)
        {
            throw Invalid(name, "must be a string");
        }
        var text = node.GetValue<string>();
        return text.Length <= maxLength ? text : throw Invalid(name, $"must be at most {maxLength} characters");
    }

    private JobValidationException Invalid(string name, string problem) => Refuse(at, name, problem + ".");

    /// <summary>A refusal of the field <paramref name="name"/> read at <paramref name="at"/>: <c>'&lt;field&gt;' &lt;problem&gt;</c>.</summary>
    public static JobValidationException Refuse(string at, string name, string problem) =>
        Refuse(at, name, field => $"'{field}' {problem}");

    /// <summary>
    /// A refusal whose message <paramref name="describe"/> writes from the field's name as the surface shows it: an
    /// input field is named relative to the input (the surface adds its prefix), an option as <c>options.&lt;name&gt;</c>.
    /// </summary>
    public static JobValidationException Refuse(string at, string name, Func<string, string> describe)
    {
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(describe);
        var path = at + name;
        return at.StartsWith(Options, StringComparison.Ordinal)
            ? new JobValidationException(path, describe(path))
            : JobValidationException.InInput(path, named => describe(named(path)));
    }
}
