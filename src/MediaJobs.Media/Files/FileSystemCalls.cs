using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace MediaJobs.Media.Files;

/// <summary>
/// The POSIX calls .NET does not offer: open relative to a folder handle (<c>openat</c>) without following a final
/// symbolic link, <c>statx</c> for device and inode, and <c>renameat</c>/<c>unlinkat</c> inside a folder handle.
/// Linux only (the server's platform); flag values differ between x64 and arm64.
/// </summary>
internal static partial class FileSystemCalls
{
    public const int AtFdCwd = -100;
    public const int ReadOnly = 0;
    public const int WriteOnly = 1;
    public const int Create = 0x40;
    public const int Exclusive = 0x80;
    public const int NoControllingTerminal = 0x100;
    public const int NonBlocking = 0x800;
    public const int CloseOnExec = 0x80000;
    public static readonly int NoFollow = IsArm ? 0x8000 : 0x20000;

    public const int ENOENT = 2;
    public const int EEXIST = 17;
    public const int ENOTDIR = 20;
    public const int ELOOP = 40;

    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7ff;
    private const int StatxSize = 256;

    private static bool IsArm => RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm;

    /// <summary>An open file descriptor, or -1 with the errno in <paramref name="errno"/>.</summary>
    public static int Open(int folder, string path, int flags, out int errno)
    {
        var fd = OpenAt(folder, path, flags, Convert.ToUInt32("644", 8));
        errno = fd < 0 ? Marshal.GetLastPInvokeError() : 0;
        return fd;
    }

    /// <summary>The entry's status (of the link itself when it is one), or null with the errno when it cannot be read.</summary>
    public static (EntryInfo? Info, int Errno, uint Links) Stat(int folder, string name)
    {
        var buffer = new byte[StatxSize];
        var flags = name.Length == 0 ? AtEmptyPath | AtSymlinkNoFollow : AtSymlinkNoFollow;
        if (Statx(folder, name, flags, StatxBasicStats, buffer) != 0)
        {
            return (null, Marshal.GetLastPInvokeError(), 0);
        }
        var span = buffer.AsSpan();
        var links = BinaryPrimitives.ReadUInt32LittleEndian(span[16..]);
        var mode = BinaryPrimitives.ReadUInt16LittleEndian(span[28..]);
        var inode = BinaryPrimitives.ReadUInt64LittleEndian(span[32..]);
        var size = BinaryPrimitives.ReadInt64LittleEndian(span[40..]);
        var mtimeSeconds = BinaryPrimitives.ReadInt64LittleEndian(span[112..]);
        var mtimeNanos = BinaryPrimitives.ReadUInt32LittleEndian(span[120..]);
        var device = ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(span[136..]) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(span[140..]);
        var type = mode & 0xF000;
        var identity = new FileIdentity(device, inode, size, (mtimeSeconds * 1_000_000_000) + mtimeNanos);
        return (new EntryInfo(identity, type == 0x8000, type == 0x4000, type == 0xA000), 0, links);
    }

    public static int Rename(int folder, string from, string to) =>
        RenameAt(folder, from, folder, to) == 0 ? 0 : Marshal.GetLastPInvokeError();

    public static int Unlink(int folder, string name) =>
        UnlinkAt(folder, name, 0) == 0 ? 0 : Marshal.GetLastPInvokeError();

    [LibraryImport("libc", EntryPoint = "openat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int OpenAt(int folder, string path, int flags, uint mode);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int folder, string path, int flags, uint mask, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "renameat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt(int fromFolder, string from, int toFolder, string to);

    [LibraryImport("libc", EntryPoint = "unlinkat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int UnlinkAt(int folder, string name, int flags);
}
