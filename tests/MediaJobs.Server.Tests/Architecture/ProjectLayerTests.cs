using System.Xml.Linq;

namespace MediaJobs.Server.Tests.Architecture;

/// <summary>
/// No project references upward (README, Architecture): Core at the bottom; Media and the relational store base on
/// Core; the stores and the pipelines above them; the Server on top of those; the CLI on top. Read from the src
/// projects' <c>ProjectReference</c>s, which is what lets code name another project's types at all.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class ProjectLayerTests
{
    private static readonly Dictionary<string, int> Layers = new(StringComparer.Ordinal)
    {
        ["MediaJobs.Core"] = 0,
        ["MediaJobs.Media"] = 1,
        ["MediaJobs.Storage.Relational"] = 1,
        ["MediaJobs.Storage.Sqlite"] = 2,
        ["MediaJobs.Storage.Postgres"] = 2,
        ["MediaJobs.Pipelines"] = 2,
        ["MediaJobs.Server"] = 3,
        ["MediaJobs.Cli"] = 4,
    };

    [Fact]
    public void EverySrcProject_HasALayer()
    {
        Assert.Equal(Layers.Keys.Order(StringComparer.Ordinal), References().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryProjectReference_PointsToALowerLayer()
    {
        var upward = References()
            .SelectMany(p => p.Value.Select(r => (From: p.Key, To: r)))
            .Where(r => !Layers.TryGetValue(r.From, out var from) || !Layers.TryGetValue(r.To, out var to) || to >= from)
            .Select(r => $"{r.From} -> {r.To}");

        Assert.Empty(upward);
    }

    /// <summary>Each src project and the projects it references, by name.</summary>
    private static Dictionary<string, string[]> References() =>
        Directory.GetDirectories(Path.Combine(RepoRoot(), "src"))
            .Select(d => Path.Combine(d, Path.GetFileName(d) + ".csproj"))
            .Where(File.Exists)
            .ToDictionary(
                p => Path.GetFileNameWithoutExtension(p),
                p => XDocument.Load(p).Descendants("ProjectReference")
                    .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
                    .ToArray(),
                StringComparer.Ordinal);

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MediaJobs.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("MediaJobs.slnx not found above " + AppContext.BaseDirectory);
    }
}
