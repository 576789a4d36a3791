using MediaJobs.Server.Auth;
using MediaJobs.Server.Compat.Secretary.Contracts;
using MediaJobs.Server.Downloads;
using MediaJobs.Server.Uploads;

namespace MediaJobs.Server.Compat.Secretary;

/// <summary>
/// A pdf job's <c>parameters.url</c> (the real server's worker takes <c>filename</c> or <c>url</c>): fetched by the
/// <see cref="GuardedDownloader"/> at submission into the caller's uploads, and given to the job as its
/// <c>filename</c>. A job with both keeps <c>filename</c> and fetches nothing.
/// </summary>
internal static class SecretaryPdfUrls
{
    /// <summary>Fetches every pdf request's URL; on a refusal the files already fetched are removed and it is rethrown.</summary>
    /// <returns>The stored files (to remove if the submission is refused).</returns>
    public static async Task<IReadOnlyList<UploadedFile>> FetchAsync(IReadOnlyList<SecretaryJobRequest> requests, GuardedDownloader downloader, ApiCaller caller, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(downloader);
        var fetched = new List<UploadedFile>();
        try
        {
            foreach (var parameters in requests.Where(r => r.JobType == "pdf").Select(r => r.Parameters))
            {
                if (parameters is null || parameters.ContainsKey("filename") || (string?)parameters["url"] is not { Length: > 0 } url)
                {
                    continue;
                }
                var file = await downloader.DownloadAsync(url, caller, [UploadKind.Pdf], SecretaryPdfEndpoints.PdfContentTypes, ct);
                fetched.Add(file);
                parameters.Remove("url");
                parameters["filename"] = file.Path;
            }
            return fetched;
        }
        catch
        {
            Discard(fetched);
            throw;
        }
    }

    public static void Discard(IEnumerable<UploadedFile> files)
    {
        foreach (var folder in files.Select(f => Path.GetDirectoryName(f.Path)).OfType<string>().Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
