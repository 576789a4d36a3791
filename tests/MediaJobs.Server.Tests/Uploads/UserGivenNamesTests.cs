using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MediaJobs.Server.Api.Requests;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Uploads;

/// <summary>
/// Names users give are stored in one Unicode form (NFC) without bidi controls, and a long name in 3-byte characters
/// (longer than a file system name in bytes) is stored cut to fit, never refused as a "malformed body".
/// </summary>
[Trait("Tier", "Fast")]
public sealed class UserGivenNamesTests : IDisposable
{
    private static readonly string LongCjkName = new string('中', 120) + ".pdf";
    private readonly MediaJobsServerFactory _factory = new();
    private readonly HttpClient _client;

    public UserGivenNamesTests() => _client = _factory.CreateClient();

    [Fact]
    public async Task Upload_NameOf120ThreeByteCharacters_IsAcceptedCutToFit()
    {
        using var response = await _client.UploadAsync(UploadClient.PdfLike(100), LongCjkName);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var stored = (await response.ReadJsonAsync())["fileName"]!.GetValue<string>();
        Assert.EndsWith(".pdf", stored, StringComparison.Ordinal);
        Assert.StartsWith("中中中", stored, StringComparison.Ordinal);
        Assert.InRange(Encoding.UTF8.GetByteCount(stored), 200, UserText.MaxFileNameBytes);
    }

    [Fact]
    public async Task SecretaryUpload_NameOf120ThreeByteCharacters_IsNotAMalformedBody()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(UploadClient.FixturePdf));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", LongCjkName);

        using var response = await _client.PostAsync("/compat/secretary/api/pdf/process", form);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        Assert.DoesNotContain("malformed", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("invoice\u202Efdp.exe.pdf", "invoicefdp.exe.pdf")]
    [InlineData("\u2067report\u2069\u200E\u200F\u061C\u202A\u202B\u202C\u202D\u2066\u2068.pdf", "report.pdf")]
    [InlineData("cafe\u0301.pdf", "caf\u00E9.pdf")]
    public async Task Upload_Name_IsNfcWithoutBidiControls(string sent, string stored)
    {
        using var response = await _client.UploadAsync(UploadClient.PdfLike(100), sent);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(stored, body["fileName"]!.GetValue<string>());
        Assert.Equal(stored, Path.GetFileName(body["path"]!.GetValue<string>()));
    }

    [Fact]
    public async Task BatchName_IsNfcWithoutBidiControls()
    {
        using var response = await _client.PostJsonAsync("/api/jobs/batch",
            """{"name":"e\u0301t\u00E9 \u202Egnirps","jobs":[{"type":"noop","inputs":{"steps":1}}]}""");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.ReadJsonAsync())["batchId"]!.GetValue<string>();

        var batch = await _client.GetJsonAsync($"/api/jobs/batch/{id}");

        Assert.Equal("\u00E9t\u00E9 gnirps", batch["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("abc", 2, "ab")]
    [InlineData("中中中", 7, "中中")]
    [InlineData("e\u0301e\u0301", 4, "e\u0301")]
    [InlineData("😀x", 3, "")]
    public void Cut_StopsBetweenWholeCharacters(string text, int maxBytes, string expected) =>
        Assert.Equal(expected, UserText.Cut(text, maxBytes));

    [Fact]
    public void Clean_LoneSurrogate_BecomesReplacementCharacter() =>
        Assert.Equal("a\uFFFDb", UserText.Clean("a\uD800b"));

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }
}
