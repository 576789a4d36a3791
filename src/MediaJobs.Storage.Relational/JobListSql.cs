using System.Globalization;
using System.Text;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Storage.Relational;

/// <summary>
/// The statements of one job list, in SQL both stores accept (<c>@name</c> parameters, row values): a page that
/// an index serves in order (one ordered branch per status, merged, when several statuses are asked), and its
/// total, read from the maintained counts when the filter is status/type/owner only, else counted up to
/// <see cref="JobPage.CountCap"/>. Each store says how it matches text inside inputs and where its counts live.
/// </summary>
public sealed class JobListSql
{
    private readonly List<KeyValuePair<string, object>> _parameters = [];

    private JobListSql()
    {
    }

    /// <summary>The page: at most <c>Limit + 1</c> rows (one more tells whether a next page exists).</summary>
    public string PageSql { get; private set; } = "";

    /// <summary>The total: one row, one BIGINT column.</summary>
    public string TotalSql { get; private set; } = "";

    /// <summary>True when <see cref="TotalSql"/> stops at <see cref="JobPage.CountCap"/> + 1 rows.</summary>
    public bool TotalIsCapped { get; private init; }

    public IReadOnlyList<KeyValuePair<string, object>> Parameters => _parameters;

    /// <param name="query">The list asked for.</param>
    /// <param name="columns">The store's job column list.</param>
    /// <param name="containsPredicate">
    /// The store's "input contains the text" predicate on <c>jobs</c>, using <c>@folded</c> (the text in ASCII lower
    /// case), <c>@pattern</c> (<c>%folded%</c> with <c>\</c>, <c>%</c> and <c>_</c> escaped by <c>\</c>) and/or
    /// <c>@grams</c> (an FTS5 query: a few of the text's 3-character grams, see <see cref="GramQuery"/>).
    /// </param>
    /// <param name="countsRelation">Rows (type, status, owner, n) whose sums are the job counts ('' owns ownerless jobs).</param>
    /// <param name="time">A time as the store binds it.</param>
    public static JobListSql Build(JobQuery query, string columns, string containsPredicate, string countsRelation, Func<DateTimeOffset, object> time)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(time);
        var sql = new JobListSql { TotalIsCapped = !query.CountedByStatus };
        var statuses = query.Statuses is { Count: > 0 } s ? s.Distinct().Select(x => x.ToString()).ToArray() : [];
        for (var i = 0; i < statuses.Length; i++)
        {
            sql.Add("@s" + i.ToString(CultureInfo.InvariantCulture), statuses[i]);
        }
        var filters = sql.Filters(query, containsPredicate);
        var keyset = "";
        if (query.After is { } after)
        {
            sql.Add("@after_time", time(after.CreatedUtc));
            sql.Add("@after_id", after.Id);
            keyset = $" AND (created_utc, id) {(query.OldestFirst ? ">" : "<")} (@after_time, @after_id)";
        }
        var order = query.OldestFirst ? "created_utc ASC, id ASC" : "created_utc DESC, id DESC";
        var take = (long)Math.Max(0, query.Limit) + 1;
        var offset = (long)Math.Max(0, query.Offset);
        sql.Add("@take", take);
        sql.Add("@offset", offset);

        string page;
        if (statuses.Length <= 1)
        {
            var status = statuses.Length == 1 ? " AND status = @s0" : "";
            page = $"SELECT {columns} FROM jobs WHERE 1 = 1{status}{filters}{keyset} ORDER BY {order} LIMIT @take OFFSET @offset";
        }
        else
        {
            // One ordered walk of an index per status, each stopping after the rows the page can need, merged: an
            // IN list would read every match and sort it.
            sql.Add("@branch", offset + take);
            var branches = statuses.Select((_, i) =>
                $"SELECT * FROM (SELECT {columns} FROM jobs WHERE status = @s{i.ToString(CultureInfo.InvariantCulture)}{filters}{keyset} " +
                $"ORDER BY {order} LIMIT @branch) AS b{i.ToString(CultureInfo.InvariantCulture)}");
            page = $"SELECT {columns} FROM ({string.Join(" UNION ALL ", branches)}) AS u ORDER BY {order} LIMIT @take OFFSET @offset";
        }

        var statusIn = statuses.Length == 0
            ? ""
            : $" AND status IN ({string.Join(", ", statuses.Select((_, i) => "@s" + i.ToString(CultureInfo.InvariantCulture)))})";
        string total;
        if (query.CountedByStatus)
        {
            total = $"SELECT CAST(COALESCE(SUM(n), 0) AS BIGINT) FROM {countsRelation} WHERE 1 = 1{statusIn}" +
                (query.Type is null ? "" : " AND type = @type") + (query.Owner is null ? "" : " AND owner = @owner");
        }
        else
        {
            sql.Add("@count_cap", (long)JobPage.CountCap + 1);
            total = $"SELECT CAST(COUNT(*) AS BIGINT) FROM (SELECT 1 AS one FROM jobs WHERE 1 = 1{statusIn}{filters} LIMIT @count_cap) AS capped";
        }
        sql.PageSql = page;
        sql.TotalSql = total;
        return sql;
    }

    /// <summary>The page from the rows read (at most Limit + 1) and the total read.</summary>
    public static JobPage ToPage(JobQuery query, List<Job> rows, long total)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(rows);
        var limit = Math.Max(0, query.Limit);
        var more = rows.Count > limit;
        if (more)
        {
            rows.RemoveRange(limit, rows.Count - limit);
        }
        var capped = !query.CountedByStatus && total > JobPage.CountCap;
        return new JobPage(rows, (int)Math.Min(total, capped ? JobPage.CountCap : int.MaxValue))
        {
            Next = more && rows.Count > 0 ? JobCursor.After(rows[^1]) : null,
            TotalCapped = capped,
        };
    }

    /// <summary>ASCII letters in lower case, every other character as it is (what the stores' recheck compares).</summary>
    public static string FoldAscii(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
        });
    }

    /// <summary>
    /// An FTS5 query that every input containing <paramref name="text"/> matches: up to <see cref="QueryGrams"/> of
    /// its 3-code-point grams, spread from its start to its end, each quoted, all required. Every gram of the text
    /// is in every match, so the answer is a superset the caller rechecks; few grams keep the cost low (each common
    /// gram costs a walk of its whole posting list), and spread ones keep the candidates few.
    /// </summary>
    public static string GramQuery(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var runes = text.EnumerateRunes().Select(r => r.ToString()).ToArray();
        var count = runes.Length - 2;
        if (count < 1)
        {
            throw new ArgumentException("The text has fewer than 3 code points.", nameof(text));
        }
        var picks = Enumerable.Range(0, Math.Min(QueryGrams, count))
            .Select(i => QueryGrams >= count ? i : (int)Math.Round(i * (count - 1) / (double)(QueryGrams - 1)))
            .Distinct();
        return string.Join(" AND ", picks.Select(i => "\"" + string.Concat(runes[i], runes[i + 1], runes[i + 2]).Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }

    /// <summary>The most grams <see cref="GramQuery"/> asks for.</summary>
    public const int QueryGrams = 4;

    private string Filters(JobQuery query, string containsPredicate)
    {
        var where = new StringBuilder();
        AddEquals(where, "type", "@type", query.Type);
        AddEquals(where, "batch_id", "@batch_id", query.BatchId);
        AddEquals(where, "owner", "@owner", query.Owner);
        if (!string.IsNullOrEmpty(query.Text))
        {
            Add("@text", query.Text);
            where.Append(" AND (id = @text OR batch_id = @text");
            if (query.MatchesInsideInputs)
            {
                var folded = FoldAscii(query.Text);
                AddIfUsed(containsPredicate, "@folded", folded);
                AddIfUsed(containsPredicate, "@pattern", "%" + folded.Replace("\\", "\\\\", StringComparison.Ordinal)
                    .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%");
                AddIfUsed(containsPredicate, "@grams", GramQuery(query.Text));
                where.Append(" OR (").Append(containsPredicate).Append(')');
            }
            where.Append(')');
        }
        return where.ToString();
    }

    private void AddEquals(StringBuilder where, string column, string parameter, string? value)
    {
        if (value is null)
        {
            return;
        }
        where.Append(" AND ").Append(column).Append(" = ").Append(parameter);
        Add(parameter, value);
    }

    private void AddIfUsed(string sql, string name, object value)
    {
        if (sql.Contains(name, StringComparison.Ordinal))
        {
            Add(name, value);
        }
    }

    private void Add(string name, object value) => _parameters.Add(new(name, value));
}
