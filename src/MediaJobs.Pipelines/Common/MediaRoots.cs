using MediaJobs.Core.Errors;
using MediaJobs.Media.Files;

namespace MediaJobs.Pipelines.Common;

/// <summary>
/// The folders a request may name server paths under (configuration <c>MediaJobs:MediaRoots</c>).
/// A path outside every root — through <c>..</c>, an absolute path elsewhere, or a symbolic link
/// that leads out — is a 400 naming the field and the allowed roots.
/// </summary>
public sealed class MediaRoots
{
    public MediaRoots(IEnumerable<string> roots)
    {
        Roots = [.. roots.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r)))];
    }

    public IReadOnlyList<string> Roots { get; }

    /// <summary>
    /// The full, link-resolved path of <paramref name="requested"/> when it lies under a root. A refusal names
    /// <paramref name="field"/> as an input field (relative to the input, or to a request that has no prefix).
    /// </summary>
    public string Resolve(string requested, string field)
    {
        if (Roots.Count == 0)
        {
            throw JobValidationException.InInput(field, _ => "No media roots are configured, so no server path can be used. Set MediaJobs:MediaRoots.");
        }
        if (string.IsNullOrWhiteSpace(requested) || requested.Contains('\0', StringComparison.Ordinal))
        {
            throw JobValidationException.InInput(field, $"must be a path under one of: {string.Join(", ", Roots)}.");
        }
        var full = Path.GetFullPath(requested);
        var real = RealPath(full);
        if (!Roots.Any(root => IsUnder(full, root) && IsUnder(real, RealPath(root))))
        {
            throw JobValidationException.InInput(field, _ => $"'{requested}' is outside the media roots. Allowed roots: {string.Join(", ", Roots)}.");
        }
        return full;
    }

    /// <summary>
    /// Opens <paramref name="path"/> where it is used (a probe, an encode, a listing, a replace), not only where it was
    /// submitted: the open file must really lie under a root at that moment, and is then used only through its handle
    /// (<see cref="RootedFile"/>). Outside: <see cref="PathOutsideRootsException"/>; missing: <see cref="FileNotFoundException"/>.
    /// </summary>
    public RootedFile Open(string path) => RootedFile.Open(path, [.. Roots.Where(Directory.Exists).Select(RealPath)]);

    private static bool IsUnder(string path, string root) =>
        path == root || path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Follows symbolic links along the path, so a link inside a root cannot point outside it.</summary>
    private static string RealPath(string path)
    {
        var current = path;
        var suffix = new Stack<string>();
        while (!File.Exists(current) && !Directory.Exists(current))
        {
            var parent = Path.GetDirectoryName(current);
            if (parent is null)
            {
                return path;
            }
            suffix.Push(Path.GetFileName(current));
            current = parent;
        }
        var info = File.Exists(current) ? (FileSystemInfo)new FileInfo(current) : new DirectoryInfo(current);
        var resolved = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
        var parentReal = Path.GetDirectoryName(resolved) is { } p && p != resolved ? RealParent(p) : null;
        var head = parentReal is null ? resolved : Path.Combine(parentReal, Path.GetFileName(resolved));
        return suffix.Aggregate(head, Path.Combine);
    }

    private static string RealParent(string directory)
    {
        var info = new DirectoryInfo(directory);
        var target = info.ResolveLinkTarget(returnFinalTarget: true);
        if (target is not null)
        {
            return RealPath(target.FullName);
        }
        var parent = info.Parent;
        return parent is null ? info.FullName : Path.Combine(RealParent(parent.FullName), info.Name);
    }
}
