using System.IO.Compression;
using System.Text.Json.Nodes;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;

namespace MediaJobs.Server.Tests.EndToEnd;

/// <summary>
/// The curl sequences of seeds 001, 002 and 003 (Compat/SeedClients/seed00N_curl.sh: the documents'
/// commands, in their order) against the real server with the surface on its own port; each ends
/// with a real output, checked again here.
/// </summary>
[Trait("Tier", "EndToEnd")]
public sealed class SeedCurlSequenceTests
{
    private static readonly FfprobeClient Ffprobe = new(new ToolLocator(), new ProcessRunner());

    [Fact]
    public async Task Seed001CurlSequence_GeneratePollEventsCancel_EndsWithAPlayableMp4()
    {
        await using var run = await SeedCurlRun.StartAsync("MoneyPrinter");

        var outputs = await run.RunScriptAsync("seed001_curl.sh", TimeSpan.FromMinutes(6));

        var probe = await Ffprobe.ProbeAsync(Assert.Single(outputs));
        Assert.Equal("h264", probe.PrimaryVideo?.CodecName);
        Assert.Equal("aac", probe.PrimaryAudio?.CodecName);
        Assert.InRange(probe.Duration ?? TimeSpan.Zero, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Seed002CurlSequence_CreateListCancelRetryClearStats_EndsWithFilesReplacedByHevc()
    {
        await using var run = await SeedCurlRun.StartAsync("ShrinkRay");

        var outputs = await run.RunScriptAsync("seed002_curl.sh", TimeSpan.FromMinutes(4));

        Assert.Equal(["Movies/Movie.mkv", "TV/Show/Episode.mkv"], outputs.Select(p => Path.GetRelativePath(Path.Combine(run.WorkDirectory, "media"), p)));
        var movie = await Ffprobe.ProbeAsync(outputs[0]);
        var episode = await Ffprobe.ProbeAsync(outputs[1]);
        Assert.Equal("hevc", movie.PrimaryVideo?.CodecName);
        Assert.Equal("hevc", episode.PrimaryVideo?.CodecName);
        Assert.Equal("aac", episode.PrimaryAudio?.CodecName);
        Assert.InRange(movie.Duration ?? TimeSpan.Zero, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(2.5));
        Assert.InRange(episode.Duration ?? TimeSpan.Zero, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1.5));
        // Replaced in place: the folders hold the one file each, no temp file or backup beside it.
        Assert.All(outputs, p => Assert.Equal([p], Directory.GetFiles(Path.GetDirectoryName(p)!)));
    }

    [Fact]
    public async Task Seed003CurlSequence_BearerJobBatchArchive_EndsWithAnArchiveHoldingTheText()
    {
        const string key = "seed003-curl-key-0123456789";
        await using var run = await SeedCurlRun.StartAsync("Secretary", new Dictionary<string, string>
        {
            ["MediaJobs:Auth:Keys:0:Id"] = "seed003",
            ["MediaJobs:Auth:Keys:0:Key"] = key,
        });

        var outputs = await run.RunScriptAsync(
            "seed003_curl.sh", TimeSpan.FromMinutes(3), new Dictionary<string, string> { ["API_KEY"] = key }, Path.Combine(AppContext.BaseDirectory, "Fixtures", "text.pdf"));

        using var archive = ZipFile.OpenRead(Assert.Single(outputs));
        Assert.Contains("results.json", archive.Entries.Select(e => e.FullName));
        Assert.Contains("text.txt", archive.Entries.Select(e => e.FullName));
        var contents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in archive.Entries)
        {
            // Reading every entry to its end checks its CRC.
            using var reader = new StreamReader(entry.Open());
            contents[entry.FullName] = await reader.ReadToEndAsync();
        }
        var results = JsonNode.Parse(contents["results.json"])!;
        Assert.Contains("Quarterly Planning Meeting", (string?)results["structured_data"]!["extracted_text"], StringComparison.Ordinal);
        Assert.Contains("Quarterly Planning Meeting", contents["text.txt"], StringComparison.Ordinal);
    }
}
