using System.Net.Http.Headers;
using System.Text;
using MediaJobs.Server.OpenApi;
using MediaJobs.Server.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Server.Tests.Fuzz;

/// <summary>
/// Every route that reads a multipart upload (found by its <see cref="RequestBodyDoc"/>, so a new one is walked too:
/// native uploads, Secretary's pdf/process, MoneyPrinter's upload-songs) answers hostile bodies — not multipart, no
/// boundary, truncated, a header block without end, parts without names, a form without the file — with a 4xx in its
/// surface's error shape, never a 500, and stores no job and keeps no upload.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class MultipartRouteFuzzTests(FuzzServer server) : IClassFixture<FuzzServer>
{
    private const string Boundary = "fuzzBoundary42";

    private static readonly (string What, string ContentType, string Body)[] Hostile =
    [
        ("a JSON body", "application/json", """{"file":"x"}"""),
        ("multipart without a boundary", "multipart/form-data", "--x\r\n\r\n"),
        ("an empty multipart body", $"multipart/form-data; boundary={Boundary}", ""),
        ("a truncated part", $"multipart/form-data; boundary={Boundary}", $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 trunc"),
        ("headers without end", $"multipart/form-data; boundary={Boundary}", $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"" + new string('x', 40_000)),
        ("a part without a name", $"multipart/form-data; boundary={Boundary}", $"--{Boundary}\r\nContent-Disposition: form-data\r\n\r\nvalue\r\n--{Boundary}--\r\n"),
        ("only text fields", $"multipart/form-data; boundary={Boundary}", $"--{Boundary}\r\nContent-Disposition: form-data; name=\"extraction_method\"\r\n\r\nnative\r\n--{Boundary}--\r\n"),
        ("an empty file", $"multipart/form-data; boundary={Boundary}", $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n\r\n--{Boundary}\r\nContent-Disposition: form-data; name=\"songs\"; filename=\"a.mp3\"\r\n\r\n\r\n--{Boundary}--\r\n"),
    ];

    [Fact]
    public async Task EveryMultipartRoute_HostileBodies_AreRefusedInItsShape_AndStoreNothing()
    {
        var routes = MultipartRoutes();
        var failures = new List<string>();
        var uploads = Path.Combine(server.Factory.DataDirectory, "uploads");

        foreach (var path in routes)
        {
            foreach (var (what, contentType, body) in Hostile)
            {
                var before = await server.CountJobsAsync();
                using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
                content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
                using var response = await server.Client.PostAsync(path, content);
                var text = await response.Content.ReadAsStringAsync();
                var label = $"POST {path} with {what}";
                try
                {
                    Assert.InRange((int)response.StatusCode, 400, 499);
                    SurfaceShape.AssertError(path, response.StatusCode, response, text, label);
                    Assert.Equal(before, await server.CountJobsAsync());
                    Assert.Empty(Directory.Exists(uploads) ? Directory.EnumerateFiles(uploads, "*", SearchOption.AllDirectories) : []);
                }
                catch (Xunit.Sdk.XunitException ex)
                {
                    failures.Add($"{label}: {(int)response.StatusCode} {SurfaceShape.Cut(text)}: {ex.Message}");
                }
            }
        }

        Assert.True(routes.Count >= 3, $"found only {routes.Count} multipart routes: {string.Join(", ", routes)}");
        Assert.True(failures.Count == 0, string.Join('\n', failures.Take(20)));
    }

    private List<string> MultipartRoutes() =>
        [.. server.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<RequestBodyDoc>()?.ContentType == "multipart/form-data")
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(p => !p.StartsWith("/_port/", StringComparison.Ordinal))
            .Distinct()];
}
