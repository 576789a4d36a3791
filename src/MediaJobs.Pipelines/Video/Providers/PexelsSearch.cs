using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaJobs.Pipelines.Video.Providers;

/// <summary>Pure helpers for Pexels video search: the query, the orientation, and which rendition to download.</summary>
internal static class PexelsSearch
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "after", "again", "also", "because", "been", "before", "being", "could", "does", "each", "every", "from",
        "have", "here", "into", "just", "like", "more", "most", "much", "only", "other", "over", "really", "some", "such",
        "than", "that", "their", "them", "then", "there", "these", "they", "this", "those", "through", "very", "want",
        "what", "when", "where", "which", "while", "will", "with", "would", "your", "yours",
    };

    public static string Orientation(VideoAspect aspect) => aspect switch
    {
        VideoAspect.Vertical9x16 => "portrait",
        VideoAspect.Square1x1 => "square",
        _ => "landscape",
    };

    /// <summary>Up to four content words of the scene heading; the topic when the heading has none.</summary>
    public static string Keywords(string heading, string? topic)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var words = heading.Split([' ', ',', '.', ';', ':', '!', '?', '"', '\'', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && !StopWords.Contains(w))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(4)
            .ToList();
        return words.Count > 0 ? string.Join(' ', words) : (topic ?? heading).Trim();
    }

    /// <summary>The renditions in a search answer (<c>videos[].video_files[]</c>), grouped per video, in answer order.</summary>
    public static IReadOnlyList<IReadOnlyList<PexelsVideoFile>> ParseVideos(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("not an object");
        var videos = new List<IReadOnlyList<PexelsVideoFile>>();
        foreach (var video in root["videos"] as JsonArray ?? [])
        {
            if (video?["id"] is not JsonValue idNode || !idNode.TryGetValue<long>(out var id))
            {
                continue;
            }
            var files = new List<PexelsVideoFile>();
            foreach (var file in video["video_files"] as JsonArray ?? [])
            {
                var link = (string?)file?["link"];
                if (link is null || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    continue;
                }
                files.Add(new PexelsVideoFile(id, (long?)file?["id"] ?? 0, (int?)file?["width"] ?? 0, (int?)file?["height"] ?? 0, (string?)file?["file_type"] ?? "", uri));
            }
            videos.Add(files);
        }
        return videos;
    }

    /// <summary>The smallest MP4 rendition that covers the frame, else the largest MP4 one; null when there is no MP4.</summary>
    public static PexelsVideoFile? Choose(IReadOnlyList<PexelsVideoFile> files, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(files);
        var mp4 = files.Where(f => f.FileType.Equals("video/mp4", StringComparison.OrdinalIgnoreCase) && f.Width > 0 && f.Height > 0).ToList();
        return mp4.Where(f => f.Width >= width && f.Height >= height).MinBy(f => (long)f.Width * f.Height)
            ?? mp4.MaxBy(f => (long)f.Width * f.Height);
    }
}
