using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Pipelines.Video.Providers;

/// <summary>
/// Picks the b-roll per job. By default the first source with clips wins: the user media folder, then Pexels (only
/// when configured), then the generated library. <c>inputs.brollProvider</c> (<c>user</c>, <c>pexels</c>,
/// <c>generated</c>) asks for one source; when it is unavailable the job fails with its error
/// (<c>MissingApiKey:PEXELS_API_KEY</c>, <c>UserMediaUnavailable</c>), or, with <c>options.allowSkipUnavailable</c>,
/// gets a warning with that code and the default order without it. Music beds always come from the generated library.
/// </summary>
public sealed class CompositeBrollSource(IBrollSource generated, UserMediaBrollSource? user, PexelsBrollSource? pexels) : IBrollSource
{
    public string Name => string.Join(" → ", new IBrollSource?[] { user, pexels, generated }.OfType<IBrollSource>().Select(s => s.Name));

    public async Task<VideoAssetCatalog> GetAssetsAsync(VideoRequest request, VideoScript script, Action<double> onProgress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(onProgress);
        var warnings = new List<JobError>();
        var order = new List<IBrollSource>();
        switch (request.BrollProvider)
        {
            case "generated":
                break;
            case "pexels" when pexels is null:
                Unavailable(request, ProviderErrors.MissingPexelsKey(), "the local b-roll library is used", warnings);
                order.AddRange(new IBrollSource?[] { user }.OfType<IBrollSource>());
                break;
            case "pexels":
                order.Add(pexels);
                break;
            case "user" when user is null:
                Unavailable(request, ProviderErrors.MissingUserMedia(null), "the default b-roll order is used", warnings);
                order.AddRange(new IBrollSource?[] { pexels }.OfType<IBrollSource>());
                break;
            default:
                order.AddRange(new IBrollSource?[] { user, pexels }.OfType<IBrollSource>());
                break;
        }

        // The generated library supplies the music beds (and is the last resort for clips).
        var library = await generated.GetAssetsAsync(request, script, p => onProgress(p * 0.3), ct);
        for (var i = 0; i < order.Count; i++)
        {
            var source = order[i];
            var found = await source.GetAssetsAsync(request, script, p => onProgress(30 + (p * 0.7 / order.Count) + (70.0 * i / order.Count)), ct);
            if (found.Clips.Count > 0)
            {
                onProgress(100);
                return new VideoAssetCatalog(found.Clips, found.Music.Count > 0 ? found.Music : library.Music) { Warnings = [.. warnings, .. found.Warnings] };
            }
            if (request.BrollProvider is "user" or "pexels" && i == 0)
            {
                var error = source == user
                    ? ProviderErrors.MissingUserMedia(user.Folder)
                    : new JobError("BrollNotFound:Pexels", "Pexels found no suitable clips for this script.", "Try other wording in the topic, or let the default order pick footage.");
                Unavailable(request, error, "the next b-roll source is used", warnings);
            }
        }
        onProgress(100);
        return library with { Warnings = [.. warnings, .. library.Warnings] };
    }

    private static void Unavailable(VideoRequest request, JobError error, string instead, List<JobError> warnings)
    {
        if (!request.AllowSkipUnavailable)
        {
            throw new MediaJobsException(error);
        }
        warnings.Add(error with { Message = $"{error.Message} Instead {instead} (allowSkipUnavailable)." });
    }
}
