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
internal sealed class CompositeBrollSource(IBrollSource generated, UserMediaBrollSource? user, PexelsBrollSource? pexels) : IBrollSource
{
    public string Name => string.Join(" → ", new IBrollSource?[] { user, pexels, generated }.OfType<IBrollSource>().Select(s => s.Name));

    public async Task<VideoAssetCatalog> GetAssetsAsync(VideoRequest request, VideoScript script, Action<double> onProgress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(onProgress);
        var warnings = new List<JobError>();
        IBrollSource?[] defaults = [user, pexels];
        IBrollSource? wanted = request.BrollProvider switch
        {
            "user" => user ?? Unavailable(request, ProviderErrors.MissingUserMedia(null), warnings),
            "pexels" => pexels ?? Unavailable(request, ProviderErrors.MissingPexelsKey(), warnings),
            _ => null,
        };
        // The asked-for source first, then the default order without it; "generated" skips straight to the library.
        var order = request.BrollProvider == "generated"
            ? []
            : new[] { wanted }.Concat(defaults.Where(d => d != wanted)).OfType<IBrollSource>().ToList();

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
            if (source == wanted)
            {
                Unavailable(request, source == user
                    ? ProviderErrors.MissingUserMedia(user.Folder)
                    : new JobError("BrollNotFound:Pexels", "Pexels found no suitable clips for this script.", "Try other wording in the topic, or let the default order pick footage."), warnings);
            }
        }
        onProgress(100);
        return library with { Warnings = [.. warnings, .. library.Warnings] };
    }

    /// <summary>Throws the error, or (skipping allowed) records it as a warning; returns no source either way.</summary>
    private static IBrollSource? Unavailable(VideoRequest request, JobError error, List<JobError> warnings)
    {
        if (!request.AllowSkipUnavailable)
        {
            throw new MediaJobsException(error);
        }
        warnings.Add(error with { Message = $"{error.Message} The next b-roll source is used instead (allowSkipUnavailable)." });
        return null;
    }
}
