using System.Globalization;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Storage.Relational;

/// <summary>Both stores' finished-per-minute rows (minute as <c>yyyy-MM-ddTHH:mm</c> UTC, status, count) as minutes.</summary>
public static class FinishedMinutes
{
    public static IReadOnlyList<FinishedMinute> FromRows(IEnumerable<(string Minute, string Status, long Count)> rows) =>
        [.. rows.GroupBy(r => r.Minute, StringComparer.Ordinal)
            .Select(g => new FinishedMinute(
                DateTimeOffset.ParseExact(g.Key, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                (int)g.Where(r => r.Status == nameof(JobStatus.Succeeded)).Sum(r => r.Count),
                (int)g.Where(r => r.Status == nameof(JobStatus.Failed)).Sum(r => r.Count)))
            .OrderBy(m => m.Minute)];
}
