using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Server.Api;
using MediaJobs.Server.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MediaJobs.Server.Tests.Api;

/// <summary>One server per test class, with the mixed PDF fixture under its media root.</summary>
public sealed class ArchiveServerFixture : IDisposable
{
    private readonly MediaJobsServerFactory _factory = new();

    public ArchiveServerFixture()
    {
        MediaRoot = _factory.DataDirectory + "-media";
        Directory.CreateDirectory(MediaRoot);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "mixed.pdf"), Path.Combine(MediaRoot, "mixed.pdf"));
        Server = _factory.WithWebHostBuilder(b => b.UseSetting("MediaJobs:MediaRoots:0", MediaRoot));
    }

    public string MediaRoot { get; }

    public WebApplicationFactory<Program> Server { get; }

    public void Dispose()
    {
        Server.Dispose();
        _factory.Dispose();
        Directory.Delete(MediaRoot, recursive: true);
    }
}

[Trait("Tier", "Media")]
public sealed class JobArchiveEndpointsTests(ArchiveServerFixture fixture) : IClassFixture<ArchiveServerFixture>
{
    private readonly string _mediaRoot = fixture.MediaRoot;
    private readonly HttpClient _client = fixture.Server.CreateClient();

    private static async Task<ZipArchive> ReadZipAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        var buffer = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return new ZipArchive(buffer, ZipArchiveMode.Read);
    }

    [Fact]
    public async Task Archive_PdfJobWithTemplate_HoldsResultsTextTemplateAndAssets()
    {
        var body = new JsonObject
        {
            ["type"] = "pdf",
            ["inputs"] = new JsonObject { ["filename"] = Path.Combine(_mediaRoot, "mixed.pdf"), ["extraction_method"] = "native", ["template"] = "Summary" },
        };
        var id = await _client.SubmitAsync(body.ToJsonString());
        var job = await _client.WaitForFinalAsync(id);
        Assert.True(job["status"]!.GetValue<string>() == "Succeeded", job.ToJsonString());

        using var response = await _client.GetAsync($"/api/jobs/{id}/download-archive");

        using var zip = await ReadZipAsync(response);
        var names = zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
        Assert.True(names.SequenceEqual(["Summary.md", "image-002-000.png", "page-0001.png", "page-0002.png", "results.json", "text.txt"]), string.Join(", ", names));
        using var results = new StreamReader(zip.GetEntry("results.json")!.Open());
        var json = JsonNode.Parse(await results.ReadToEndAsync())!;
        Assert.Contains("Quarterly Planning Meeting", (string?)json["structured_data"]!["extracted_text"]);
        using var text = new StreamReader(zip.GetEntry("text.txt")!.Open());
        Assert.Contains("approved by the board", await text.ReadToEndAsync());
        Assert.Equal($"job-{id}.zip", response.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task Archive_TestJobWithArtifact_HoldsTheArtifact()
    {
        var id = await _client.SubmitAsync("""{"type":"test","preset":"artifact"}""");
        await _client.WaitForFinalAsync(id);

        using var response = await _client.GetAsync($"/api/jobs/{id}/download-archive");

        using var zip = await ReadZipAsync(response);
        using var reader = new StreamReader(zip.GetEntry(TestPipeline.ArtifactName)!.Open());
        Assert.Equal(TestPipeline.ArtifactText, await reader.ReadToEndAsync());
        Assert.NotNull(zip.GetEntry("results.json"));
    }

    [Fact]
    public async Task Archive_JobWithoutResultsOrOutput_Returns404()
    {
        var id = await _client.SubmitNoopAsync();
        await _client.WaitForFinalAsync(id);

        using var response = await _client.GetAsync($"/api/jobs/{id}/download-archive");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("01234567-89ab-7def-8123-456789abcdef")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    public async Task Archive_UnknownJob_Returns404Problem(string id)
    {
        using var response = await _client.GetAsync($"/api/jobs/{id}/download-archive");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("text.txt", "text.txt")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..", "file")]
    [InlineData("a b:c?.md", "a_b_c_.md")]
    [InlineData("..\\evil.txt", "evil.txt")]
    public void SafeEntryName_AnyName_IsAPlainPortableName(string name, string expected) =>
        Assert.Equal(expected, JobArchiveEndpoints.SafeEntryName(name));
}
