using System.Net;
using System.Net.Http.Headers;

namespace MediaJobs.Server.Tests.Uploads;

/// <summary>Request bodies that show whether and how far the server reads them.</summary>
internal static class UnfinishedBody
{
    public const string Boundary = "quota-boundary";

    /// <summary>
    /// A multipart body that declares <paramref name="declaredLength"/> bytes, sends the start of a file and then
    /// never ends (until the test is over): a server that reads it before answering never answers.
    /// </summary>
    public static HttpContent Declared(long declaredLength, CancellationToken testOver)
    {
        var content = new Hanging(testOver);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
        content.Headers.ContentLength = declaredLength;
        return content;
    }

    /// <summary>The same form without a declared length (sent chunked).</summary>
    public static HttpContent Chunked(HttpContent form)
    {
        var chunked = new UnknownLength(form);
        chunked.Headers.ContentType = form.Headers.ContentType;
        return chunked;
    }

    private sealed class Hanging(CancellationToken testOver) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            var head = $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n";
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head), testOver);
            await stream.FlushAsync(testOver);
            await Task.Delay(Timeout.Infinite, testOver);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private sealed class UnknownLength(HttpContent inner) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => inner.CopyToAsync(stream);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
