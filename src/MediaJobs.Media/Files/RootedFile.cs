using Microsoft.Win32.SafeHandles;

namespace MediaJobs.Media.Files;

/// <summary>
/// A file or folder opened once and checked where it really is, then used only through that open handle.
/// <para>
/// Why this holds against a link swapped in at any moment (TOCTOU): the check is not made on a path that could change
/// after it, but on the open handle. <see cref="Open"/> lets the kernel resolve the path (links and all) into one open
/// file, then asks the kernel where that open file really is (<c>/proc/self/fd/N</c>) and refuses it unless that lies
/// under a root. Whatever is renamed or relinked afterwards, the handle keeps naming the very file that was checked.
/// Tools that open files by path themselves (ffmpeg, ffprobe, Poppler) are handed <see cref="ToolPath"/>,
/// <c>/proc/&lt;our pid&gt;/fd/N</c>, which the kernel resolves to that same open file, not to whatever the original
/// path names by then. Inside a checked folder, entries are created, opened, renamed and removed relative to the
/// folder's handle (<c>openat</c>, <c>renameat</c>, <c>unlinkat</c>) and never by following a final link, so no path
/// walk happens after the check at all.
/// </para>
/// </summary>
public sealed class RootedFile : IDisposable
{
    private readonly SafeFileHandle _handle;

    private RootedFile(SafeFileHandle handle, string realPath, EntryInfo info)
    {
        _handle = handle;
        RealPath = realPath;
        Identity = info.Identity;
        IsDirectory = info.IsDirectory;
        IsRegularFile = info.IsRegularFile;
    }

    /// <summary>Where the open file really is, as the kernel says (no links left in it).</summary>
    public string RealPath { get; }

    /// <summary>Device, inode, size and modification time when it was opened.</summary>
    public FileIdentity Identity { get; }

    public bool IsDirectory { get; }

    public bool IsRegularFile { get; }

    /// <summary>A path any process of this user can open to reach exactly this open file (not what its old path names now).</summary>
    public string ToolPath => $"/proc/{Environment.ProcessId}/fd/{Fd}";

    private int Fd => (int)_handle.DangerousGetHandle();

    /// <summary>
    /// Opens <paramref name="path"/> for reading (following links) and keeps it only when the opened file or folder
    /// really lies under one of <paramref name="realRoots"/> (link-free paths). Missing: <see cref="FileNotFoundException"/>;
    /// elsewhere: <see cref="PathOutsideRootsException"/>. Non-blocking, so a FIFO swapped in cannot hang the caller.
    /// </summary>
    public static RootedFile Open(string path, IReadOnlyList<string> realRoots)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(realRoots);
        var file = OpenHandle(FileSystemCalls.AtFdCwd, path, FileSystemCalls.ReadOnly | FileSystemCalls.NonBlocking | FileSystemCalls.NoControllingTerminal, path);
        if (!realRoots.Any(root => IsUnder(file.RealPath, root)))
        {
            file.Dispose();
            throw new PathOutsideRootsException(path);
        }
        return file;
    }

    /// <summary>Opens the entry <paramref name="name"/> of this folder for reading; a symbolic link there is refused (<see cref="IOException"/>).</summary>
    public RootedFile OpenEntry(string name) =>
        OpenHandle(FolderFd(), CheckName(name), FileSystemCalls.ReadOnly | FileSystemCalls.NonBlocking | FileSystemCalls.NoControllingTerminal | FileSystemCalls.NoFollow, name);

    /// <summary>Creates the entry <paramref name="name"/> as a new empty file for writing; fails when anything (a link too) has that name.</summary>
    public RootedFile CreateEntry(string name) =>
        OpenHandle(FolderFd(), CheckName(name), FileSystemCalls.WriteOnly | FileSystemCalls.Create | FileSystemCalls.Exclusive | FileSystemCalls.NoFollow, name);

    /// <summary>The entry <paramref name="name"/> as it is (a link is not followed); null when there is none.</summary>
    public EntryInfo? StatEntry(string name)
    {
        var (info, errno, _) = FileSystemCalls.Stat(FolderFd(), CheckName(name));
        return info is not null || errno is FileSystemCalls.ENOENT ? info : throw Failure(errno, name);
    }

    /// <summary>Renames an entry of this folder to another name in it (one atomic <c>renameat</c>, replacing that name).</summary>
    public void RenameEntry(string from, string to)
    {
        var errno = FileSystemCalls.Rename(FolderFd(), CheckName(from), CheckName(to));
        if (errno != 0)
        {
            throw Failure(errno, from);
        }
    }

    /// <summary>Removes the entry <paramref name="name"/> (a link itself, never what it points to); false when there was none.</summary>
    public bool DeleteEntry(string name)
    {
        var errno = FileSystemCalls.Unlink(FolderFd(), CheckName(name));
        return errno == 0 || (errno == FileSystemCalls.ENOENT ? false : throw Failure(errno, name));
    }

    public void Dispose() => _handle.Dispose();

    private static RootedFile OpenHandle(int folder, string path, int flags, string shown)
    {
        var fd = FileSystemCalls.Open(folder, path, flags | FileSystemCalls.CloseOnExec, out var errno);
        if (fd < 0)
        {
            throw Failure(errno, shown);
        }
        var handle = new SafeFileHandle(fd, ownsHandle: true);
        try
        {
            var (info, statErrno, links) = FileSystemCalls.Stat(fd, "");
            if (info is null)
            {
                throw Failure(statErrno, shown);
            }
            // The kernel's own name for the open file; an unlinked one no longer has a place to be checked.
            var real = new FileInfo($"/proc/self/fd/{fd}").LinkTarget;
            if (real is null || links == 0 || !Path.IsPathFullyQualified(real))
            {
                throw new FileNotFoundException($"'{shown}' no longer exists.", shown);
            }
            return new RootedFile(handle, real, info);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private int FolderFd() => IsDirectory ? Fd : throw new InvalidOperationException($"'{RealPath}' is not a folder.");

    private static string CheckName(string name) =>
        string.IsNullOrEmpty(name) || name is "." or ".." || name.Contains('/', StringComparison.Ordinal) || name.Contains('\0', StringComparison.Ordinal)
            ? throw new ArgumentException($"'{name}' is not a plain entry name.", nameof(name))
            : name;

    private static Exception Failure(int errno, string shown) => errno switch
    {
        FileSystemCalls.ENOENT or FileSystemCalls.ENOTDIR => new FileNotFoundException($"'{shown}' does not exist.", shown),
        FileSystemCalls.ELOOP => new IOException($"'{shown}' is a symbolic link."),
        FileSystemCalls.EEXIST => new IOException($"'{shown}' already exists."),
        _ => new IOException($"'{shown}': system error {errno}.", errno),
    };

    private static bool IsUnder(string path, string root) =>
        path == root || path.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal);
}
