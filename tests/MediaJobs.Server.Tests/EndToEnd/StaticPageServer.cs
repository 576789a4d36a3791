using System.Net;
using MediaJobs.Testing;

namespace MediaJobs.Server.Tests.EndToEnd;

/// <summary>
/// A tiny loopback web server for the browser tests' own pages: serves fixed files by path from its own origin
/// (a free port on 127.0.0.1), as a real frontend's dev server would, so the page's API calls are cross-origin.
/// </summary>
public sealed class StaticPageServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly IReadOnlyDictionary<string, (string ContentType, byte[] Body)> _files;
    private readonly Task _loop;

    private StaticPageServer(IReadOnlyDictionary<string, (string, byte[])> files)
    {
        _files = files;
        Origin = $"http://127.0.0.1:{ServerProcess.FreeLoopbackPort()}";
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Origin { get; }

    /// <summary>Serves <paramref name="files"/> (path → content type and bytes); anything else is a 404.</summary>
    public static StaticPageServer Start(IReadOnlyDictionary<string, (string ContentType, byte[] Body)> files) => new(files);

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var response = context.Response;
            if (_files.TryGetValue(context.Request.Url?.AbsolutePath ?? "", out var file))
            {
                response.ContentType = file.ContentType;
                response.ContentLength64 = file.Body.Length;
                await response.OutputStream.WriteAsync(file.Body);
            }
            else
            {
                response.StatusCode = (int)HttpStatusCode.NotFound;
            }
        }
    }
}
