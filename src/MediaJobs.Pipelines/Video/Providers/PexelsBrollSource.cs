using System.Globalization;
using System.Text.Json;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Pipelines.Common.Providers;

namespace MediaJobs.Pipelines.Video.Providers;

/// <summary>
/// Stock clips from Pexels: one search per scene (<c>GET {BaseUrl}/videos/search?query=&amp;orientation=&amp;per_page=</c>,
/// <c>Authorization: &lt;key&gt;</c>) with the scene's keywords and the frame's orientation; the smallest MP4
/// rendition that covers the frame is downloaded once into <c>&lt;assets&gt;/pexels/</c> (temp file, then an atomic
/// rename) and reused by later jobs. Music beds come from elsewhere.
/// </summary>
internal sealed class PexelsBrollSource(HttpClient http, PexelsOptions options, string cacheDirectory, TimeProvider? time = null) : IBrollSource
{
    public const string Provider = "Pexels";
    public const int MaxSearches = 8;
    public const int PerPage = 5;

    public string Name => "Pexels";

    public async Task<VideoAssetCatalog> GetAssetsAsync(VideoRequest request, VideoScript script, Action<double> onProgress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(onProgress);
        var queries = script.Scenes.Select(s => PexelsSearch.Keywords(s.Heading, request.Topic)).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxSearches).ToList();
        var clips = new List<VideoAsset>();
        var used = new HashSet<long>();
        for (var i = 0; i < queries.Count; i++)
        {
            var videos = await SearchAsync(queries[i], PexelsSearch.Orientation(request.Aspect), ct);
            var pick = videos.Where(v => v.Count > 0 && !used.Contains(v[0].VideoId))
                .Select(v => PexelsSearch.Choose(v, request.Width, request.Height))
                .FirstOrDefault(f => f is not null);
            if (pick is not null)
            {
                used.Add(pick.VideoId);
                clips.Add(new VideoAsset(await DownloadAsync(pick, ct), ["pexels", queries[i]]));
            }
            onProgress(100.0 * (i + 1) / queries.Count);
        }
        return new VideoAssetCatalog(clips, []);
    }

    private async Task<IReadOnlyList<IReadOnlyList<PexelsVideoFile>>> SearchAsync(string query, string orientation, CancellationToken ct)
    {
        var uri = ProviderHttp.Combine(options.BaseUrl, string.Create(CultureInfo.InvariantCulture,
            $"videos/search?query={Uri.EscapeDataString(query)}&orientation={orientation}&per_page={PerPage}&size=small"));
        using var message = new HttpRequestMessage(HttpMethod.Get, uri);
        message.Headers.TryAddWithoutValidation("Authorization", options.ApiKey);
        using var response = await SendAsync(message, ct);
        var json = await response.Content.ReadAsStringAsync(ct);
        try
        {
            return PexelsSearch.ParseVideos(json);
        }
        catch (JsonException ex)
        {
            throw new TransientJobException(new JobError("ProviderFailed:Pexels", $"Pexels answered a search with invalid JSON: {ex.Message}", "The job is retried automatically."), null, ex);
        }
    }

    private async Task<string> DownloadAsync(PexelsVideoFile file, CancellationToken ct)
    {
        Directory.CreateDirectory(cacheDirectory);
        var final = Path.Combine(cacheDirectory, string.Create(CultureInfo.InvariantCulture, $"pexels-{file.VideoId}-{file.Width}x{file.Height}.mp4"));
        if (File.Exists(final))
        {
            return final;
        }
        var temp = Path.Combine(cacheDirectory, $".{Guid.NewGuid():N}.part");
        try
        {
            using var message = new HttpRequestMessage(HttpMethod.Get, file.Link);
            using var response = await SendAsync(message, ct);
            await using (var output = File.Create(temp))
            {
                await response.Content.CopyToAsync(output, ct);
            }
            File.Move(temp, final, overwrite: true);
            return final;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private Task<HttpResponseMessage> SendAsync(HttpRequestMessage message, CancellationToken ct) =>
        ProviderHttp.SendAsync(http, message, Provider, $"MediaJobs:Providers:Pexels:ApiKey or {EnvironmentKeys.PexelsKey}", time ?? TimeProvider.System, ct);
}
