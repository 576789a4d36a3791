using System.Globalization;
using MediaJobs.Core.Jobs;
using MediaJobs.Server.Errors;

namespace MediaJobs.Server.Api.Requests;

/// <summary>Query-string values with 400s that name the parameter.</summary>
internal static class QueryReader
{
    public static int Int(HttpRequest request, string name, int fallback, int min, int max)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw RequestProblemException.BadField(name, $"'{name}' must be a whole number from {min} to {max}.");
        }
        return value;
    }

    /// <summary>An event id to resume after: the Last-Event-ID header first, then <c>?after=</c>.</summary>
    public static long? ResumeAfter(HttpRequest request)
    {
        var header = request.Headers["Last-Event-ID"].ToString();
        var (name, text) = header.Length > 0 ? ("Last-Event-ID", header) : ("after", request.Query["after"].ToString());
        if (text.Length == 0)
        {
            return null;
        }
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            throw RequestProblemException.BadField(name, $"'{name}' must be an event id (a whole number, 0 or more).");
        }
        return value;
    }

    /// <summary>A comma-separated list of statuses (any case), or null when absent.</summary>
    public static IReadOnlyCollection<JobStatus>? Statuses(HttpRequest request, string name = "status")
    {
        ArgumentNullException.ThrowIfNull(request);
        return Statuses(request.Query[name], name);
    }

    /// <summary>Comma lists of status names (any case), as the query parameter reads them; null when none.</summary>
    public static IReadOnlyCollection<JobStatus>? Statuses(IEnumerable<string?> lists, string name)
    {
        var values = lists
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        if (values.Count == 0)
        {
            return null;
        }
        var statuses = new HashSet<JobStatus>();
        foreach (var value in values)
        {
            if (!Enum.TryParse<JobStatus>(value, ignoreCase: true, out var status) || !Enum.IsDefined(status) || char.IsDigit(value[0]))
            {
                throw RequestProblemException.BadField(name, $"Unknown status '{value}'. Known statuses: {string.Join(", ", Enum.GetNames<JobStatus>())}.");
            }
            statuses.Add(status);
        }
        return statuses;
    }

    /// <summary>A comma-separated list of job types, or null when absent. Unknown types simply match nothing.</summary>
    public static IReadOnlyCollection<string>? Types(HttpRequest request, string name = "type")
    {
        var values = request.Query[name]
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToHashSet(StringComparer.Ordinal);
        return values.Count == 0 ? null : values;
    }

    /// <summary>A free-text value (trimmed), or null when absent; too long or holding control characters is a 400.</summary>
    public static string? Text(HttpRequest request, string name, int maxLength)
    {
        var text = request.Query[name].ToString().Trim();
        if (text.Length == 0)
        {
            return null;
        }
        if (text.Length > maxLength || text.Any(char.IsControl) || text.Any(char.IsSurrogate) && !IsWellFormed(text))
        {
            throw RequestProblemException.BadField(name, $"'{name}' must be at most {maxLength} printable characters.");
        }
        return text;
    }

    /// <summary>A list cursor (<c>nextCursor</c> of an earlier page), or null when absent; anything else is a 400.</summary>
    public static JobCursor? Cursor(HttpRequest request, string name)
    {
        var text = request.Query[name].ToString().Trim();
        if (text.Length == 0)
        {
            return null;
        }
        return JobCursor.TryParse(text, out var cursor)
            ? cursor
            : throw RequestProblemException.BadField(name, $"'{name}' must be the nextCursor of an earlier page, unchanged.");
    }

    /// <summary>One of a fixed list of words (any case), or the fallback when absent.</summary>
    public static string OneOf(HttpRequest request, string name, IReadOnlyList<string> allowed, string fallback)
    {
        var text = request.Query[name].ToString().Trim();
        if (text.Length == 0)
        {
            return fallback;
        }
        return allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase))
            ?? throw RequestProblemException.BadField(name, $"'{name}' must be one of: {string.Join(", ", allowed)}.");
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }
}
