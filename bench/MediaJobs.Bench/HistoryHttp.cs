using System.Diagnostics;
using System.Globalization;
using MediaJobs.Core.Jobs;
using MediaJobs.Testing;

namespace MediaJobs.Bench;

/// <summary>
/// The history's list forms as a client asks them: <c>GET /api/jobs?…</c> of a real server process over the same
/// store (its own data folder or the same PostgreSQL database), so the figure includes routing, the stats the list
/// carries, JSON serialisation and the loopback round trip.
/// </summary>
internal sealed class HistoryHttp(ServerProcess server) : IAsyncDisposable
{
    public static async Task<HistoryHttp> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string> settings) =>
        new(await ServerProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll"), dataDirectory, settings, TimeSpan.FromMinutes(5)));

    /// <summary>The URL of a list form; null when the API has no such query (an owner's list is the caller's key's, not a parameter).</summary>
    public static string? Url(JobQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Owner is not null)
        {
            return null;
        }
        var parts = new List<string> { $"limit={query.Limit.ToString(CultureInfo.InvariantCulture)}" };
        if (query.Statuses is { Count: > 0 } statuses)
        {
            parts.Add("status=" + string.Join(',', statuses));
        }
        Add("type", query.Type);
        Add("batchId", query.BatchId);
        Add("q", query.Text);
        Add("cursor", query.After?.Encode());
        Add("order", query.OldestFirst ? "oldest" : null);
        Add("offset", query.Offset > 0 ? query.Offset.ToString(CultureInfo.InvariantCulture) : null);
        return "/api/jobs?" + string.Join('&', parts);

        void Add(string name, string? value)
        {
            if (value is not null)
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
    }

    /// <summary>Sorted milliseconds of <paramref name="samples"/> whole round trips (body read), after 3 warm-ups.</summary>
    public async Task<List<double>> TimeAsync(string url, int samples)
    {
        for (var i = 0; i < 3; i++)
        {
            await GetAsync(url);
        }
        var timings = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var clock = Stopwatch.StartNew();
            await GetAsync(url);
            timings.Add(clock.Elapsed.TotalMilliseconds);
        }
        timings.Sort();
        return timings;
    }

    private async Task GetAsync(string url)
    {
        using var response = await server.Client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
        }
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
