using MediaJobs.Media.Files;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// The segment folder of one job, reached only through the source's folder opened and checked under a root
/// (<see cref="RootedFile"/>): created there, opened without following a link, and emptied of our own names only.
/// </summary>
internal static class SegmentFolder
{
    /// <summary>Opens the job's segment folder in <paramref name="parent"/>, creating it first when missing.</summary>
    public static RootedFile OpenOrCreate(RootedFile parent, string entry)
    {
        ArgumentNullException.ThrowIfNull(parent);
        if (parent.StatEntry(entry) is null)
        {
            // mkdir through the checked folder's handle; a link put there instead is refused by OpenEntry below.
            Directory.CreateDirectory(Path.Combine(parent.ToolPath, entry));
        }
        var folder = parent.OpenEntry(entry);
        if (!folder.IsDirectory)
        {
            folder.Dispose();
            throw new IOException($"'{entry}' is not a folder.");
        }
        return folder;
    }

    /// <summary>The folder's round (<see cref="SegmentPaths.RoundEntry"/>), written first when it has none yet.</summary>
    public static string RoundOf(RootedFile folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (ReadRound(folder) is { } round)
        {
            return round;
        }
        // A crash between the create and the write leaves it empty: no segment job carries it yet, so a new one is safe.
        folder.DeleteEntry(SegmentPaths.RoundEntry);
        round = Guid.NewGuid().ToString("N");
        using (var file = folder.CreateEntry(SegmentPaths.RoundEntry))
        {
            File.WriteAllText(file.ToolPath, round);
        }
        return round;
    }

    /// <summary>The folder's round, or null when it has none.</summary>
    public static string? ReadRound(RootedFile folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (folder.StatEntry(SegmentPaths.RoundEntry) is not { IsRegularFile: true, Identity.Size: > 0 })
        {
            return null;
        }
        using var file = folder.OpenEntry(SegmentPaths.RoundEntry);
        return File.ReadAllText(file.ToolPath).Trim();
    }

    /// <summary>The committed segment indexes found in <paramref name="folder"/>.</summary>
    public static HashSet<int> Committed(RootedFile folder, int count)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var found = new HashSet<int>();
        for (var i = 0; i < count; i++)
        {
            if (folder.StatEntry(SegmentPaths.Committed(i)) is { IsRegularFile: true, Identity.Size: > 0 })
            {
                found.Add(i);
            }
        }
        return found;
    }

    /// <summary>
    /// Removes the partial (uncommitted) segments of the folder <paramref name="entry"/> of <paramref name="parent"/>, if
    /// any, and its round: a retry starts a new round of segment jobs for what is missing (the old round's are cancelled).
    /// </summary>
    public static void RemovePartials(RootedFile parent, string entry)
    {
        ArgumentNullException.ThrowIfNull(parent);
        if (parent.StatEntry(entry) is not { IsDirectory: true })
        {
            return;
        }
        using var folder = parent.OpenEntry(entry);
        foreach (var name in Directory.EnumerateFileSystemEntries(folder.ToolPath).Select(Path.GetFileName).OfType<string>())
        {
            if (SegmentPaths.IsOwnEntry(name) && (name.EndsWith(".partial.mkv", StringComparison.Ordinal) || name == SegmentPaths.RoundEntry))
            {
                folder.DeleteEntry(name);
            }
        }
    }

    /// <summary>
    /// Removes the segment folder <paramref name="entry"/> of <paramref name="parent"/> when it holds only our own names;
    /// true when it is gone. Anything else in it (a user's file) keeps it, and it is never followed through a link.
    /// </summary>
    public static bool Remove(RootedFile parent, string entry)
    {
        ArgumentNullException.ThrowIfNull(parent);
        if (parent.StatEntry(entry) is not { IsDirectory: true })
        {
            return parent.StatEntry(entry) is null;
        }
        using (var folder = parent.OpenEntry(entry))
        {
            foreach (var name in Directory.EnumerateFileSystemEntries(folder.ToolPath).Select(Path.GetFileName).OfType<string>())
            {
                if (!SegmentPaths.IsOwnEntry(name))
                {
                    return false;
                }
                folder.DeleteEntry(name);
            }
        }
        // rmdir never follows a final link and fails on a folder that is not empty.
        Directory.Delete(Path.Combine(parent.ToolPath, entry));
        return true;
    }
}
