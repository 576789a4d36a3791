using System.Net.Http.Headers;
using MediaJobs.Server.Tests.Support;
using MediaJobs.Server.Tests.Uploads;

namespace MediaJobs.Server.Tests.Errors;

/// <summary>
/// Error answers never show where the server keeps its data: hostile uploads and requests on the native API and the
/// compat surfaces are refused (or accepted), and no error body names the data folder.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class NoServerPathInErrorsTests : IDisposable
{
    private readonly MediaJobsServerFactory _factory = new();
    private readonly HttpClient _client;

    public NoServerPathInErrorsTests() => _client = _factory.CreateClient();

    public static TheoryData<string> HostileFileNames => new()
    {
        new string('中', 120) + ".pdf",
        new string('中', 300),
        new string('a', 400) + ".pdf",
        "x." + new string('中', 120),
        "../../" + new string('é', 200) + ".pdf",
        "\u202E" + new string('\u0800', 150) + ".pdf",
    };

    [Theory]
    [MemberData(nameof(HostileFileNames))]
    public async Task HostileFileName_NoAnswerNamesTheDataFolder(string fileName)
    {
        var answers = new List<(string What, HttpResponseMessage Response)>
        {
            ("native pdf", await _client.UploadAsync(UploadClient.PdfLike(100), fileName)),
            ("native empty", await _client.UploadAsync([], fileName)),
            ("native not a pdf", await _client.UploadAsync("hello"u8.ToArray(), fileName)),
            ("secretary", await PostFormAsync("/compat/secretary/api/pdf/process", "file", fileName, UploadClient.PdfLike(100))),
            ("moneyprinter", await PostFormAsync("/compat/moneyprinter/api/upload-songs", "songs", fileName, "ID3\u0003"u8.ToArray())),
        };

        foreach (var (what, response) in answers)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"{what}: {(int)response.StatusCode} {text}");
            if (!response.IsSuccessStatusCode)
            {
                Assert.DoesNotContain(_factory.DataDirectory, text, StringComparison.Ordinal);
                Assert.DoesNotContain(Path.GetFileName(_factory.DataDirectory), text, StringComparison.Ordinal);
                Assert.DoesNotContain("malformed", text, StringComparison.OrdinalIgnoreCase);
            }
            response.Dispose();
        }
    }

    private Task<HttpResponseMessage> PostFormAsync(string url, string field, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, field, fileName);
        return _client.PostAsync(url, form);
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }
}
