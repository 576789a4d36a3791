using MediaJobs.Core.Storage;

namespace MediaJobs.Server.Storage;

/// <summary>
/// Every node must use the data folder the database's jobs live in (job folders are shared through it).
/// The folder holds a marker with the store's identity; a node whose folder carries another store's
/// marker refuses to start, so two installs never mix their files.
/// </summary>
public static class DataFolderMarker
{
    public const string FileName = "mediajobs-store.id";
    public const string SettingKey = "store_id";

    public static async Task CheckAsync(IJobStore store, string dataDirectory, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var id = await store.GetSettingAsync(SettingKey, ct);
        if (id is null)
        {
            // A store that does not make one itself (the embedded one, a single node): make it now.
            id = Guid.NewGuid().ToString();
            await store.SetSettingAsync(SettingKey, id, ct);
        }
        var path = Path.Combine(dataDirectory, FileName);
        try
        {
            await using var created = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            await using var writer = new StreamWriter(created);
            await writer.WriteAsync(id);
            return;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another node (or an earlier start) wrote it: compare below.
        }
        var marked = (await File.ReadAllTextAsync(path, ct)).Trim();
        if (marked.Length > 0 && !string.Equals(marked, id, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"The data folder {Path.GetFullPath(dataDirectory)} belongs to store {marked}, but the database is store {id}. " +
                "Every node must use the database's own data folder (a shared mount): point MEDIAJOBS_DATA at it, or at an empty folder for a new database.");
        }
    }
}
