using System.Net;
using MediaJobs.Server.Tests.Auth;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Uploads;

/// <summary>
/// Issue 23: MoneyPrinter's <c>POST /api/upload-songs</c> took about 25 GiB in one request (50 songs of MaxBytes). It is
/// now held to <c>MaxRequestBytes</c>, the key's quota and the disk floor like every upload, refused in MoneyPrinter's
/// own shape (<c>{status: "error", message}</c>).
/// </summary>
[Trait("Tier", "Fast")]
public sealed class SongsQuotaTests : IDisposable
{
    private const string Route = "/compat/moneyprinter/api/upload-songs";
    private readonly UploadQuotaServer _server = new();

    [Fact]
    public async Task UploadSongs_DeclaredLengthOverTheRequestLimit_Is413InMoneyPrintersShape_WithoutReadingTheBody()
    {
        using var alice = _server.Client(AuthServerFixture.AliceKey);
        using var testOver = new CancellationTokenSource();
        using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = UnfinishedBody.Declared(25L * 1024 * 1024 * 1024, testOver.Token) };

        using var response = await alice.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).WaitAsync(TimeSpan.FromSeconds(20));
        var body = await response.Content.ReadAsStringAsync();
        await testOver.CancelAsync();

        SurfaceShape.AssertError(Route, HttpStatusCode.RequestEntityTooLarge, response, body, "upload-songs");
        Assert.Contains("MediaJobs:Uploads:MaxRequestBytes", body, StringComparison.Ordinal);
        Assert.Empty(_server.StoredFiles());
    }

    [Fact]
    public async Task UploadSongs_ChunkedSongsPassingTheRequestLimit_Are413_AndNoSongIsKept()
    {
        using var alice = _server.Client(AuthServerFixture.AliceKey);
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Mp3Like(90_000)), "songs", "one.mp3" },
            { new ByteArrayContent(Mp3Like(90_000)), "songs", "two.mp3" },
        };

        using var response = await alice.PostAsync(Route, UnfinishedBody.Chunked(form));
        var body = await response.Content.ReadAsStringAsync();

        SurfaceShape.AssertError(Route, HttpStatusCode.RequestEntityTooLarge, response, body, "upload-songs");
        Assert.Empty(_server.StoredFiles());
    }

    [Fact]
    public async Task UploadSongs_DiskUnderTheGuardsFloor_Is507InMoneyPrintersShape()
    {
        using var alice = _server.Client(AuthServerFixture.AliceKey);
        _server.Disk.Free = UploadQuotaServer.MinFreeBytes - 1;
        using var form = new MultipartFormDataContent { { new ByteArrayContent(Mp3Like(1_000)), "songs", "one.mp3" } };

        using var response = await alice.PostAsync(Route, form);
        var body = await response.Content.ReadAsStringAsync();

        SurfaceShape.AssertError(Route, HttpStatusCode.InsufficientStorage, response, body, "upload-songs");
        Assert.Empty(_server.StoredFiles());
    }

    public void Dispose() => _server.Dispose();

    /// <summary>Bytes an MP3 sniffer accepts (an ID3 tag), padded.</summary>
    private static byte[] Mp3Like(int size)
    {
        var bytes = new byte[size];
        "ID3"u8.CopyTo(bytes);
        return bytes;
    }
}
