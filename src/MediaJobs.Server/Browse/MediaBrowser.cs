using MediaJobs.Core.Engine;
using MediaJobs.Core.Errors;
using MediaJobs.Media.Files;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Server.Browse;

/// <summary>
/// Lists directories and the files a job type takes as input (<see cref="Core.Pipelines.IJobPipeline.IsBrowsableInput"/>)
/// under the configured media roots, with codec, size and duration from the <see cref="ProbeCache"/>. Used by the native <c>GET /api/browse</c>, the dashboard and Shrinkray's browser.
/// Paths outside the roots (through <c>..</c>, elsewhere, or a link that leads out) are refused.
/// </summary>
public sealed class MediaBrowser(MediaRoots roots, ProbeCache probes, PipelineRegistry pipelines)
{
    private const int ProbeParallelism = 4;
    private static readonly EnumerationOptions Enumeration = new() { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };

    public IReadOnlyList<string> Roots => roots.Roots;

    /// <summary>The listing of <paramref name="path"/>; null or empty lists the roots.</summary>
    public async Task<BrowseListing> BrowseAsync(string? path, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(path))
        {
            var rootEntries = roots.Roots.Where(System.IO.Directory.Exists).Select(r => DirectoryEntry(new DirectoryInfo(r))).ToList();
            return new BrowseListing(null, null, rootEntries);
        }
        var directory = Resolve(path);
        List<FileSystemInfo> children;
        // Listed through the folder as opened and checked under a root now, not through its path again: a link
        // swapped in after the check cannot make the listing show a folder outside the roots.
        using (var opened = Open(directory, path))
        {
            children = [.. new DirectoryInfo(opened.ToolPath).EnumerateFileSystemInfos("*", Enumeration)
                .Where(i => !i.Name.StartsWith('.'))
                .OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase)
                .Select(i => i is DirectoryInfo ? (FileSystemInfo)new DirectoryInfo(Path.Combine(directory, i.Name)) : new FileInfo(Path.Combine(directory, i.Name)))];
        }
        var directories = children.OfType<DirectoryInfo>().Where(IsInsideRoots).Select(DirectoryEntry);
        var videos = children.OfType<FileInfo>().Where(f => IsInput(f.FullName) && IsInsideRoots(f)).ToList();
        var probed = new BrowseEntry[videos.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, videos.Count), new ParallelOptions { MaxDegreeOfParallelism = ProbeParallelism, CancellationToken = ct }, async (i, token) =>
        {
            var file = videos[i];
            probed[i] = new BrowseEntry(file.Name, file.FullName, false, file.Length, file.LastWriteTimeUtc, await probes.GetAsync(file, token));
        });
        var parent = roots.Roots.Contains(directory, StringComparer.Ordinal) ? null : Path.GetDirectoryName(directory);
        return new BrowseListing(directory, parent, [.. directories, .. probed]);
    }

    /// <summary>The full path of a directory under a root; a <see cref="BrowseException"/> (400 or 404) otherwise.</summary>
    public string Resolve(string path)
    {
        if (!Path.IsPathFullyQualified(path))
        {
            throw new BrowseException(StatusCodes.Status400BadRequest, $"'path' must be an absolute directory under one of: {string.Join(", ", roots.Roots)}.");
        }
        string full;
        try
        {
            full = Path.TrimEndingDirectorySeparator(roots.Resolve(path, "path"));
        }
        catch (JobValidationException ex)
        {
            throw new BrowseException(StatusCodes.Status400BadRequest, ex.Error.Message);
        }
        if (File.Exists(full))
        {
            throw new BrowseException(StatusCodes.Status400BadRequest, $"'{path}' is a file, not a directory.");
        }
        if (!System.IO.Directory.Exists(full))
        {
            throw new BrowseException(StatusCodes.Status404NotFound, $"No directory '{path}'.");
        }
        return full;
    }

    private RootedFile Open(string directory, string requested)
    {
        try
        {
            var opened = roots.Open(directory);
            if (opened.IsDirectory)
            {
                return opened;
            }
            opened.Dispose();
            throw new BrowseException(StatusCodes.Status400BadRequest, $"'{requested}' is a file, not a directory.");
        }
        catch (PathOutsideRootsException)
        {
            throw new BrowseException(StatusCodes.Status400BadRequest, $"'{requested}' is outside the media roots. Allowed roots: {string.Join(", ", roots.Roots)}.");
        }
        catch (IOException)
        {
            throw new BrowseException(StatusCodes.Status404NotFound, $"No directory '{requested}'.");
        }
    }

    private bool IsInsideRoots(FileSystemInfo item)
    {
        try
        {
            roots.Resolve(item.FullName, "path");
            return true;
        }
        catch (JobValidationException)
        {
            return false; // a link inside a root that leads out of it
        }
    }

    private bool IsInput(string path) => pipelines.All.Any(p => p.IsBrowsableInput(path));

    private static BrowseEntry DirectoryEntry(DirectoryInfo d) => new(d.Name, d.FullName, true, null, d.LastWriteTimeUtc, null);
}
