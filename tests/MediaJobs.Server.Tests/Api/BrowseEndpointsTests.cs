using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Compat;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Api;

/// <summary><c>GET /api/browse</c>: directories first, then video files only, probed; nothing outside the media roots.</summary>
[Trait("Tier", "Media")]
public sealed class BrowseEndpointsTests(ShrinkRayServer server) : IClassFixture<ShrinkRayServer>
{
    private readonly HttpClient _client = server.Factory.CreateClient();

    [Fact]
    public async Task Browse_ListsDirectoriesThenProbedVideos_AndNothingElse()
    {
        var folder = Path.GetDirectoryName(server.CopySource("Browse-" + Guid.NewGuid().ToString("N")))!;
        Directory.CreateDirectory(Path.Combine(folder, "Season 1"));
        Directory.CreateDirectory(Path.Combine(folder, ".hidden"));
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "not a video");
        var outside = Directory.CreateTempSubdirectory("mediajobs-outside-").FullName;
        File.Copy(server.Source, Path.Combine(outside, "outside.mp4"));
        File.CreateSymbolicLink(Path.Combine(folder, "escape.mp4"), Path.Combine(outside, "outside.mp4"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "escape-dir"), outside);

        var listing = await _client.GetJsonAsync("/api/browse?path=" + Uri.EscapeDataString(folder));

        Assert.Equal(folder, (string?)listing["path"]);
        Assert.Equal(server.MediaRoot, (string?)listing["parent"]);
        var entries = listing["entries"]!.AsArray().Select(e => e!.AsObject()).ToList();
        Assert.Equal(["Season 1", "movie.mp4"], entries.Select(e => (string?)e["name"]));
        Assert.True((bool)entries[0]["isDirectory"]!);
        Assert.Null(entries[0]["video"]);
        var video = entries[1];
        Assert.False((bool)video["isDirectory"]!);
        Assert.Equal(new FileInfo(Path.Combine(folder, "movie.mp4")).Length, (long)video["sizeBytes"]!);
        Assert.EndsWith("Z", (string?)video["modifiedUtc"], StringComparison.Ordinal);
        Assert.Equal("h264", (string?)video["video"]!["codec"]);
        Assert.Equal(160, (int)video["video"]!["width"]!);
        Assert.Equal(120, (int)video["video"]!["height"]!);
        Assert.InRange((double)video["video"]!["durationSec"]!, 0.9, 1.1);
    }

    [Fact]
    public async Task Browse_WithoutPath_ListsTheRoots()
    {
        var listing = await _client.GetJsonAsync("/api/browse");

        Assert.Null(listing["path"]);
        Assert.Null(listing["parent"]);
        var root = Assert.Single(listing["entries"]!.AsArray());
        Assert.Equal(server.MediaRoot, (string?)root!["path"]);
        Assert.True((bool)root["isDirectory"]!);
    }

    [Theory]
    [InlineData("/etc")]
    [InlineData("{root}/../")]
    [InlineData("{root}/x/../../etc")]
    [InlineData("relative/dir")]
    [InlineData("{root}/.sources/source.mp4")]
    public async Task Browse_OutsideTheRootsOrNotADirectory_Is400Problem(string path)
    {
        using var response = await _client.GetAsync("/api/browse?path=" + Uri.EscapeDataString(path.Replace("{root}", server.MediaRoot, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("path", (string?)(await response.ReadJsonAsync())["field"]);
    }

    [Fact]
    public async Task Browse_MissingDirectory_Is404Problem()
    {
        using var response = await _client.GetAsync("/api/browse?path=" + Uri.EscapeDataString(Path.Combine(server.MediaRoot, "no-such-dir")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    internal static List<JsonObject> Entries(JsonObject listing) => [.. listing["entries"]!.AsArray().Select(e => e!.AsObject())];
}
