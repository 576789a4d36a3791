using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MediaJobs.Server.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace MediaJobs.Server.Tests.Auth;

/// <summary>
/// A keyless server with a dashboard and every compat surface on its own (unbound, in-memory) port, asked with any
/// <c>Host</c>: requests go through <see cref="TestServer.SendAsync"/> so the local port can be set as Kestrel would.
/// </summary>
public sealed class DnsRebindingServer : IDisposable
{
    public const int MoneyPrinterPort = 18101;
    public const int ShrinkRayPort = 18102;
    public const int SecretaryPort = 18103;
    public const int TextToVideoPort = 18104;
    public const int MainPort = 5005;

    private readonly string _dist = Directory.CreateTempSubdirectory("mediajobs-dist-").FullName;

    public DnsRebindingServer()
    {
        File.WriteAllText(Path.Combine(_dist, "index.html"), "<!doctype html><title>dashboard</title>");
        Factory = new MediaJobsServerFactory(null, new Dictionary<string, string?>
        {
            ["MediaJobs:Dashboard:Path"] = _dist,
            ["MediaJobs:Compat:MoneyPrinter:Url"] = $"http://127.0.0.1:{MoneyPrinterPort}",
            ["MediaJobs:Compat:ShrinkRay:Url"] = $"http://127.0.0.1:{ShrinkRayPort}",
            ["MediaJobs:Compat:Secretary:Url"] = $"http://127.0.0.1:{SecretaryPort}",
            ["MediaJobs:Compat:TextToVideo:Url"] = $"http://127.0.0.1:{TextToVideoPort}",
        });
        _ = Factory.Server;
    }

    public MediaJobsServerFactory Factory { get; }

    /// <summary>One request as a browser on <paramref name="host"/> would send it, answered as a response message.</summary>
    public async Task<(HttpResponseMessage Response, string Text)> SendAsync(
        string method, string path, string host, int port = MainPort, string? json = null, string? accept = null)
    {
        var context = await Factory.Server.SendAsync(c =>
        {
            c.Request.Method = method;
            var query = path.IndexOf('?', StringComparison.Ordinal);
            c.Request.Path = query < 0 ? path : path[..query];
            c.Request.QueryString = query < 0 ? QueryString.Empty : new QueryString(path[query..]);
            c.Request.Host = new HostString(host);
            c.Request.Headers.Origin = "http://" + host;
            c.Connection.LocalPort = port;
            c.Connection.LocalIpAddress = IPAddress.Loopback;
            if (accept is not null)
            {
                c.Request.Headers.Accept = accept;
            }
            if (json is not null)
            {
                var bytes = Encoding.UTF8.GetBytes(json);
                c.Request.ContentType = "application/json";
                c.Request.ContentLength = bytes.Length;
                c.Request.Body = new MemoryStream(bytes);
            }
        });
        var text = await new StreamReader(context.Response.Body).ReadToEndAsync();
        var response = new HttpResponseMessage((HttpStatusCode)context.Response.StatusCode) { Content = new StringContent(text) };
        response.Content.Headers.ContentType = context.Response.ContentType is { } type ? MediaTypeHeaderValue.Parse(type) : null;
        return (response, text);
    }

    public void Dispose()
    {
        Factory.Dispose();
        Directory.Delete(_dist, recursive: true);
    }
}
