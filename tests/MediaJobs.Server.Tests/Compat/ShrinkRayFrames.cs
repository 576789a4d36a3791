using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>Shrinkray's job stream as a test reads it: its frames in order, filtered to one job.</summary>
public sealed class ShrinkRayFrames(HttpResponseMessage response, IAsyncEnumerator<SseMessage> frames) : IAsyncDisposable
{
    public async Task<JsonObject> NextAsync()
    {
        while (await frames.MoveNextAsync())
        {
            if (frames.Current.Data is { } data)
            {
                return data;
            }
        }
        throw new InvalidOperationException("The stream ended.");
    }

    /// <summary>The job's next frame of one of <paramref name="types"/>.</summary>
    public async Task<JsonObject> NextForAsync(string id, params string[] types)
    {
        while (true)
        {
            var data = await NextAsync();
            if ((string?)data["job"]?["id"] == id && types.Contains((string?)data["type"]))
            {
                return data;
            }
        }
    }

    /// <summary>The job's frames up to and including the first of <paramref name="last"/>.</summary>
    public async Task<List<JsonObject>> UntilAsync(string id, params string[] last)
    {
        var seen = new List<JsonObject>();
        while (true)
        {
            var data = await NextAsync();
            if ((string?)data["job"]?["id"] != id)
            {
                continue;
            }
            seen.Add(data);
            if (last.Contains((string?)data["type"]))
            {
                return seen;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await frames.DisposeAsync();
        response.Dispose();
    }
}
