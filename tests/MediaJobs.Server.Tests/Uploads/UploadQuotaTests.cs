using System.Net;
using MediaJobs.Server.Tests.Auth;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Uploads;

/// <summary>
/// Issue 23: one key's uploads cannot stop every key. A non-admin key holds at most <c>MaxBytesPerKey</c> of uploads
/// (413 past it), an upload that would leave the disk under the guard's floor is a 507, and both are decided from the
/// declared length before the body is read, or as an undeclared body crosses the limit (its partial file removed).
/// </summary>
[Trait("Tier", "Fast")]
public sealed class UploadQuotaTests : IDisposable
{
    private const int FileBytes = 99_000;
    private readonly UploadQuotaServer _server = new();

    [Fact]
    public async Task Upload_KeyFillsItsQuota_Is413_AndAnotherKeysJobRunsWithoutWaitingForDisk()
    {
        using var alice = _server.Client(AuthServerFixture.AliceKey);
        using var bob = _server.Client(AuthServerFixture.BobKey);
        var statuses = new List<HttpStatusCode>();
        string? refusal = null;
        for (var i = 0; i < 8; i++)
        {
            using var response = await alice.UploadAsync(UploadClient.PdfLike(FileBytes), $"a{i}.pdf");
            statuses.Add(response.StatusCode);
            if (response.StatusCode != HttpStatusCode.Created)
            {
                refusal ??= (string?)(await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge))["detail"];
            }
        }

        var id = await bob.SubmitNoopAsync(1);
        var job = await bob.WaitForFinalAsync(id).WaitAsync(TimeSpan.FromSeconds(30));
        using var bobsUpload = await bob.UploadAsync(UploadClient.PdfLike(FileBytes), "b.pdf");

        // 3 × 99,000 bytes fit in 300,000; a fourth (with its multipart framing) would not.
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created], statuses.Take(3));
        Assert.All(statuses.Skip(3), s => Assert.Equal(HttpStatusCode.RequestEntityTooLarge, s));
        Assert.Contains("MediaJobs:Uploads:MaxBytesPerKey", refusal, StringComparison.Ordinal);
        Assert.Equal("Succeeded", (string?)job["status"]);
        Assert.Equal(HttpStatusCode.Created, bobsUpload.StatusCode);
        Assert.True(_server.Disk.AvailableBytes("") >= UploadQuotaServer.MinFreeBytes);
    }

    [Fact]
    public async Task Upload_AdminKey_IsNotHeldToTheKeyQuota()
    {
        using var root = _server.Client(AuthServerFixture.RootKey);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await root.UploadAsync(UploadClient.PdfLike(FileBytes), $"r{i}.pdf");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Created, s));
        Assert.True(4 * FileBytes > UploadQuotaServer.MaxBytesPerKey);
    }

    [Fact]
    public async Task Upload_DeclaredLengthOverTheRequestLimit_Is413AtOnce_WithoutReadingTheBody()
    {
        using var alice = _server.Client(AuthServerFixture.AliceKey);
        using var testOver = new CancellationTokenSource();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/uploads") { Content = UnfinishedBody.Declared(10L * 1024 * 1024 * 1024, testOver.Token) };

        // The body never ends: only a server that answers from the headers answers at all.
        using var response = await alice.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).WaitAsync(TimeSpan.FromSeconds(20));
        var problem = await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await testOver.CancelAsync();

        Assert.Contains("MediaJobs:Uploads:MaxRequestBytes", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Contains("10737418240 bytes", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Empty(_server.StoredFiles());
    }

    [Fact]
    public async Task Upload_ChunkedBodyCrossingTheKeyQuota_Is413_AndItsPartialFileIsRemoved()
    {
        using var alice = _server.Client(AuthServerFixture.AliceKey);
        for (var i = 0; i < 3; i++)
        {
            using var stored = await alice.UploadAsync(UploadClient.PdfLike(FileBytes), $"a{i}.pdf");
            Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        }
        var before = _server.StoredFiles();

        using var form = new MultipartFormDataContent { { new ByteArrayContent(UploadClient.PdfLike(FileBytes)), "file", "fourth.pdf" } };
        using var response = await alice.PostAsync("/api/uploads", UnfinishedBody.Chunked(form));

        Assert.Null(response.RequestMessage?.Content?.Headers.ContentLength);
        var problem = await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("MediaJobs:Uploads:MaxBytesPerKey", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(before.Order(), _server.StoredFiles().Order());
    }

    [Fact]
    public async Task Upload_LeavingTheDiskUnderTheGuardsFloor_Is507_AndNothingIsStored()
    {
        using var alice = _server.Client(AuthServerFixture.AliceKey);
        _server.Disk.Free = UploadQuotaServer.MinFreeBytes + (FileBytes / 2);

        using var tooBig = await alice.UploadAsync(UploadClient.PdfLike(FileBytes), "a.pdf");
        using var fits = await alice.UploadAsync(UploadClient.PdfLike(FileBytes / 4), "small.pdf");

        var problem = await tooBig.AssertProblemAsync(HttpStatusCode.InsufficientStorage);
        Assert.Contains("MediaJobs:DiskSpace:MinFreeBytes", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, fits.StatusCode);
        Assert.Single(_server.StoredFiles());
    }

    public void Dispose() => _server.Dispose();
}
