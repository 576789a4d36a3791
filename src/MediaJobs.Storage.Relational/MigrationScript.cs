using System.Globalization;
using System.Reflection;

namespace MediaJobs.Storage.Relational;

/// <summary>One numbered schema script, <c>Migrations/NNNN_name.sql</c>, embedded in its store's assembly.</summary>
public sealed record MigrationScript(int Version, string Name, string Sql)
{
    /// <summary>The scripts embedded under <paramref name="resourcePrefix"/>, ordered by their number.</summary>
    public static IReadOnlyList<MigrationScript> Embedded(Assembly assembly, string resourcePrefix)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(resourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }
            var name = resource[resourcePrefix.Length..^".sql".Length];
            var version = int.Parse(name.AsSpan(0, name.IndexOf('_', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            scripts.Add(new MigrationScript(version, name, ReadResource(assembly, resource)));
        }
        return [.. scripts.OrderBy(s => s.Version)];
    }

    private static string ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
