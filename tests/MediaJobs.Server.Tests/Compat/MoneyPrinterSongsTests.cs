using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>A server whose uploads are limited to 256 KiB, with a one-second MP3 made by ffmpeg.</summary>
public sealed class SongsServerFixture : IAsyncLifetime
{
    public const long MaxBytes = 256 * 1024;

    public MediaJobsServerFactory Server { get; } = new(null, new Dictionary<string, string?> { ["MediaJobs:Uploads:MaxBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public byte[] Mp3 { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"mediajobs-song-{Guid.NewGuid():N}.mp3");
        var (code, output) = await ShrinkRayCompatTests.RunAsync("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=frequency=330:duration=1", "-c:a", "libmp3lame", "-y", path);
        Assert.True(code == 0, output);
        Mp3 = await File.ReadAllBytesAsync(path);
        File.Delete(path);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>
/// MoneyPrinter's song upload as its page sends it (Frontend/app.js <c>uploadSongs</c>: a FormData of the folder's
/// .mp3 files, each appended as <c>songs</c>, no Content-Type header of its own) and the generate that follows it.
/// </summary>
[Trait("Tier", "Media")]
public sealed class MoneyPrinterSongsTests(SongsServerFixture fixture) : IClassFixture<SongsServerFixture>
{
    private const string Base = "/compat/moneyprinter";
    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task UploadSongsThenGenerate_AsTheRealPage_TheNextVideoLaysAnUploadedSongAsItsMusicBed()
    {
        using var upload = await UploadAsync(("songs", "intro.mp3", fixture.Mp3), ("songs", "notes.txt", "hello"u8.ToArray()), ("songs", "outro.MP3", fixture.Mp3));
        var answer = await upload.ReadJsonAsync();
        Assert.True(upload.StatusCode == HttpStatusCode.OK, answer.ToJsonString());
        Assert.Equal("success", (string?)answer["status"]);
        Assert.Equal("Uploaded 2 song(s).", (string?)answer["message"]);

        using var generate = await _client.PostJsonAsync(Base + "/api/generate", """{"videoSubject":"Tides","paragraphNumber":"1","useMusic":true,"voice":"en_us_001"}""");
        var created = await generate.ReadJsonAsync();
        Assert.True(generate.StatusCode == HttpStatusCode.OK, created.ToJsonString());
        var jobId = (string)created["jobId"]!;
        var job = await _client.GetJobAsync(jobId);
        await _client.CancelAndWaitAsync(jobId);

        var musicFile = (string?)job["inputs"]?["musicFile"];
        Assert.NotNull(musicFile);
        Assert.StartsWith(Path.Combine(fixture.Server.DataDirectory, "uploads") + Path.DirectorySeparatorChar, musicFile, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(musicFile), new[] { "intro.mp3", "outro.MP3" });
        Assert.Equal(fixture.Mp3, await File.ReadAllBytesAsync(musicFile));
    }

    [Fact]
    public async Task Generate_WithoutUseMusic_LaysNoUploadedSong()
    {
        using var upload = await UploadAsync(("songs", "song.mp3", fixture.Mp3));
        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);

        using var generate = await _client.PostJsonAsync(Base + "/api/generate", """{"videoSubject":"Tides","paragraphNumber":1,"useMusic":false}""");
        var jobId = (string)(await generate.ReadJsonAsync())["jobId"]!;
        var job = await _client.GetJobAsync(jobId);
        await _client.CancelAndWaitAsync(jobId);

        Assert.Null(job["inputs"]?["musicFile"]);
    }

    [Theory]
    [InlineData("none", HttpStatusCode.BadRequest, "No files uploaded.")]
    [InlineData("not-mp3-name", HttpStatusCode.BadRequest, "No MP3 files found.")]
    [InlineData("text-as-mp3", HttpStatusCode.UnsupportedMediaType, null)]
    [InlineData("too-large", HttpStatusCode.RequestEntityTooLarge, null)]
    public async Task UploadSongs_BadFolders_AreRefusedInMoneyPrintersShape(string what, HttpStatusCode status, string? message)
    {
        var parts = what switch
        {
            "none" => [("other", "a.mp3", fixture.Mp3)],
            "not-mp3-name" => [("songs", "song.wav", fixture.Mp3)],
            "text-as-mp3" => [("songs", "song.mp3", "just text, not audio"u8.ToArray())],
            _ => new[] { ("songs", "big.mp3", fixture.Mp3.Concat(new byte[SongsServerFixture.MaxBytes]).ToArray()) },
        };

        using var response = await UploadAsync(parts);
        var body = await response.ReadJsonAsync();

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("error", (string?)body["status"]);
        Assert.Equal(message ?? (string?)body["message"], (string?)body["message"]);
        Assert.False(string.IsNullOrEmpty((string?)body["message"]));
    }

    [Fact]
    public async Task Native_MusicFileNotAnUploadOfTheKey_IsRefused()
    {
        using var response = await _client.PostJsonAsync("/api/jobs", new JsonObject
        {
            ["type"] = "video",
            ["inputs"] = new JsonObject { ["topic"] = "Tides", ["musicFile"] = "/etc/passwd" },
        }.ToJsonString());

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("inputs.musicFile", (string?)problem["field"]);
    }

    private async Task<HttpResponseMessage> UploadAsync(params (string Field, string Name, byte[] Bytes)[] files)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Base + "/api/upload-songs");
        request.Headers.Add("Origin", "http://localhost:8000");
        var form = new MultipartFormDataContent();
        foreach (var (field, name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("audio/mpeg");
            form.Add(part, field, name);
        }
        request.Content = form;
        return await _client.SendAsync(request);
    }
}
