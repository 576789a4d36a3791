using System.Net;
using MediaJobs.Server.Tests.Support;
using MediaJobs.Server.Uploads;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Server.Tests.Uploads;

/// <summary>An upload lives as long as a job names it; unnamed ones go after their lifetime (here zero).</summary>
[Trait("Tier", "Fast")]
public sealed class UploadSweeperTests : IDisposable
{
    private readonly MediaJobsServerFactory _factory = new(null, new Dictionary<string, string?>
    {
        ["MediaJobs:Uploads:UnusedLifetime"] = "00:00:00",
        ["MediaJobs:Uploads:SweepInterval"] = "01:00:00",
    });
    private readonly HttpClient _client;

    public UploadSweeperTests() => _client = _factory.CreateClient();

    [Fact]
    public async Task Sweep_RemovesUnnamedUploads_KeepsOnesAJobNames_UntilThatJobIsDeleted()
    {
        var unused = await UploadAsync();
        var used = await UploadAsync();
        // A job that names the upload and ends at once (noop ignores extra inputs).
        var job = await _client.SubmitAsync($$"""{"type":"noop","inputs":{"steps":1,"note":"{{used}}"} }""");
        await _client.WaitForFinalAsync(job);
        var sweeper = _factory.Services.GetRequiredService<UploadSweeper>();

        await sweeper.SweepAsync(CancellationToken.None);

        Assert.False(File.Exists(unused));
        Assert.True(File.Exists(used));

        using var deleted = await _client.DeleteAsync($"/api/jobs/{job}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await sweeper.SweepAsync(CancellationToken.None);

        Assert.False(File.Exists(used));
        Assert.False(Directory.Exists(Path.GetDirectoryName(used)));
    }

    private async Task<string> UploadAsync()
    {
        using var response = await _client.UploadAsync(UploadClient.PdfLike(200), "doc.pdf");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var path = (await response.ReadJsonAsync())["path"]!.GetValue<string>();
        Assert.True(File.Exists(path));
        return path;
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }
}
