using MediaJobs.Server.DiskSpace;

namespace MediaJobs.Server.Uploads;

/// <summary>
/// What one upload request may still write, checked as its bytes arrive (before each chunk is written): the key's
/// uploads on disk (counted again whenever a chunk would cross the quota, and every few MiB, so concurrent requests
/// of one key and other nodes on the same data folder are seen) and the disk guard's floor.
/// </summary>
public sealed class UploadAllowance
{
    private const long RecheckBytes = 4 * 1024 * 1024;

    private readonly UploadStore _store;
    private readonly DiskGuard _disk;
    private readonly string? _owner;
    private readonly long? _quota;
    private long _held;
    private long _sinceCount;
    private long _sinceDiskCheck;

    internal UploadAllowance(UploadStore store, DiskGuard disk, string? owner, long? quota, long requestLimit)
    {
        RequestLimit = requestLimit;
        _store = store;
        _disk = disk;
        _owner = owner;
        _quota = quota;
        _held = quota is null ? 0 : store.HeldBytes(owner);
    }

    /// <summary>The most bytes this request's body may have.</summary>
    public long RequestLimit { get; }

    /// <summary>Before the body is read: <paramref name="declared"/> bytes (0 when undeclared) must fit the quota and the disk.</summary>
    internal void AdmitDeclared(long declared)
    {
        if (_quota is { } quota && (_held >= quota || declared > quota - _held))
        {
            throw OverQuota(quota, declared);
        }
        if (_disk.RoomFor(declared) is { } why)
        {
            throw NoRoom(why);
        }
    }

    /// <summary>Before <paramref name="bytes"/> more are written to disk.</summary>
    /// <exception cref="UploadRejectedException">413 over the key's quota, 507 under the disk floor.</exception>
    public void Admit(long bytes)
    {
        if (_quota is { } quota)
        {
            _sinceCount += bytes;
            if (_held + _sinceCount > quota || _sinceCount >= RecheckBytes)
            {
                // What is on disk now includes what this request wrote so far (its partial files).
                _held = _store.HeldBytes(_owner);
                _sinceCount = bytes;
                if (_held + bytes > quota)
                {
                    throw OverQuota(quota, bytes);
                }
            }
        }
        _sinceDiskCheck += bytes;
        if (_sinceDiskCheck >= RecheckBytes)
        {
            _sinceDiskCheck = 0;
            if (_disk.RoomFor(bytes) is { } why)
            {
                throw NoRoom(why);
            }
        }
    }

    internal static UploadRejectedException RequestTooLarge(long limit, long? declared) => new(
        StatusCodes.Status413PayloadTooLarge,
        (declared is { } length ? $"The request body ({length} bytes) is" : "The request body is")
            + $" larger than the limit of {limit} bytes per upload request (MediaJobs:Uploads:MaxRequestBytes, MaxBytes a file).");

    private UploadRejectedException OverQuota(long quota, long more) => new(
        StatusCodes.Status413PayloadTooLarge,
        $"This key's uploads would pass its quota of {quota} bytes (MediaJobs:Uploads:MaxBytesPerKey): it holds {_held} bytes, and {more} more were sent. "
            + "Uploads are freed when the last job naming them is deleted, or when no job names them (MediaJobs:Uploads:UnusedLifetime).");

    private static UploadRejectedException NoRoom(string why) => new(
        StatusCodes.Status507InsufficientStorage,
        $"The server has no room for this upload: {why}. Nothing was stored; send it again once space is freed.");
}
