using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaJobs.Server.Tests.Telemetry;

/// <summary>The samples of a Prometheus text scrape: <c>name{label="value",...} number</c> lines.</summary>
public sealed partial class PrometheusText(string text)
{
    public string Text { get; } = text;

    public IEnumerable<(string Name, IReadOnlyDictionary<string, string> Labels, double Value)> Samples()
    {
        foreach (var line in Text.Split('\n'))
        {
            if (Sample().Match(line) is not { Success: true } m)
            {
                continue;
            }
            var labels = Label().Matches(m.Groups["labels"].Value).ToDictionary(l => l.Groups[1].Value, l => l.Groups[2].Value, StringComparer.Ordinal);
            yield return (m.Groups["name"].Value, labels, double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The one sample of <paramref name="name"/> whose labels include all of <paramref name="labels"/> ("key=value"); null when none.</summary>
    public double? Value(string name, params string[] labels) =>
        Samples().Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Split('=')[0], out var v) && v == l.Split('=', 2)[1]))
            .Select(s => (double?)s.Value).SingleOrDefault();

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})?\s+(?<value>[-+0-9.eE]+|NaN|\+Inf)(\s+\d+)?\s*$")]
    private static partial Regex Sample();

    [GeneratedRegex(@"([a-zA-Z_][a-zA-Z0-9_]*)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Label();
}
