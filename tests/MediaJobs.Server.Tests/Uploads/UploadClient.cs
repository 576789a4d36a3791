using System.Net.Http.Headers;

namespace MediaJobs.Server.Tests.Uploads;

/// <summary>Multipart uploads as a browser's FormData sends them.</summary>
internal static class UploadClient
{
    public static readonly byte[] PdfHead = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n"u8.ToArray();

    public static string FixturePdf => Path.Combine(AppContext.BaseDirectory, "Fixtures", "text.pdf");

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, byte[] content, string fileName, string contentType = "application/pdf", string field = "file")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, field, fileName);
        return client.PostAsync("/api/uploads", form);
    }

    /// <summary>A byte array that starts like a PDF and is padded to <paramref name="size"/>.</summary>
    public static byte[] PdfLike(int size)
    {
        var bytes = new byte[size];
        PdfHead.CopyTo(bytes, 0);
        return bytes;
    }
}
