using System.Net;
using System.Text;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Uploads;

/// <summary><c>POST /api/uploads</c>: stored under the data folder, limited, recognised by content, nothing kept when refused.</summary>
[Trait("Tier", "Fast")]
public sealed class UploadEndpointsTests : IDisposable
{
    private const int MaxBytes = 64 * 1024;
    private readonly MediaJobsServerFactory _factory = new(null, new Dictionary<string, string?> { ["MediaJobs:Uploads:MaxBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    private readonly HttpClient _client;

    public UploadEndpointsTests() => _client = _factory.CreateClient();

    private string UploadsFolder => Path.Combine(_factory.DataDirectory, "uploads");

    [Fact]
    public async Task Pdf_IsStoredUnderTheDataFolder_WithItsSizeAndRecognisedType()
    {
        var bytes = await File.ReadAllBytesAsync(UploadClient.FixturePdf);

        using var response = await _client.UploadAsync(bytes, "minutes.pdf", "application/octet-stream");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var path = body["path"]!.GetValue<string>();
        Assert.StartsWith(UploadsFolder + Path.DirectorySeparatorChar, path, StringComparison.Ordinal);
        Assert.Equal("minutes.pdf", body["fileName"]!.GetValue<string>());
        Assert.Equal("application/pdf", body["mediaType"]!.GetValue<string>());
        Assert.Equal(bytes.Length, body["sizeBytes"]!.GetValue<long>());
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
        Assert.Contains(body["id"]!.GetValue<string>(), path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("..\\..\\win.pdf", "win.pdf")]
    [InlineData("..", "upload")]
    [InlineData("a\u0001b.pdf", "a_b.pdf")]
    public async Task HostileFileNames_StayInsideTheUploadFolder(string sent, string stored)
    {
        using var response = await _client.UploadAsync(UploadClient.PdfLike(100), sent);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(stored, body["fileName"]!.GetValue<string>());
        Assert.StartsWith(UploadsFolder + Path.DirectorySeparatorChar, Path.GetFullPath(body["path"]!.GetValue<string>()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooLarge_Is413_AndNothingIsKept()
    {
        using var response = await _client.UploadAsync(UploadClient.PdfLike(MaxBytes + 1), "big.pdf");

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty(StoredFiles());
    }

    [Theory]
    [InlineData("#!/bin/sh\necho hi\n", "evil.pdf", "application/pdf")]
    [InlineData("<html><script>alert(1)</script>", "page.png", "image/png")]
    [InlineData("PK\u0003\u0004zipzipzip", "archive.mp4", "video/mp4")]
    public async Task ContentThatIsNoAcceptedKind_Is415_WhateverItsNameOrType(string content, string name, string type)
    {
        using var response = await _client.UploadAsync(Encoding.UTF8.GetBytes(content), name, type);

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task EmptyFile_Is400()
    {
        using var response = await _client.UploadAsync([], "empty.pdf");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Empty(StoredFiles());
    }

    [Fact]
    public async Task FormWithoutFileField_Is400NamingFile()
    {
        using var response = await _client.UploadAsync(UploadClient.PdfLike(100), "x.pdf", field: "document");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("'file'", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json", "{\"file\":\"x\"}")]
    [InlineData("application/octet-stream", "%PDF-1.4")]
    [InlineData("multipart/form-data", "--x\r\n")]
    public async Task NotMultipartWithABoundary_Is415(string contentType, string body)
    {
        using var response = await _client.PostJsonAsync("/api/uploads", body, contentType);

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 no closing boundary")]
    [InlineData("garbage without any boundary")]
    [InlineData("--b\r\n" + "X-Header: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n")]
    public async Task MalformedMultipart_Is4xxProblem_Never500(string body)
    {
        using var content = new StringContent(body);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");

        using var response = await _client.PostAsync("/api/uploads", content);

        Assert.InRange((int)response.StatusCode, 400, 499);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(StoredFiles());
    }

    private List<string> StoredFiles() => Directory.Exists(UploadsFolder)
        ? [.. Directory.EnumerateFiles(UploadsFolder, "*", SearchOption.AllDirectories)]
        : [];

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }
}
