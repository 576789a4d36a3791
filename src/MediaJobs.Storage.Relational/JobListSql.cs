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
    private string? _matchedIds;
    private string _textIds = "";

    private JobListSql()
    {
    }

    /// <summary>The page: at most <c>Limit + 1</c> rows (one more tells whether a next page exists).</summary>
    public string PageSql { get; private set; } = "";

    /// <summary>The total: one row, one BIGINT column.</summary>
    public string TotalSql { get; private set; } = "";

    /// <summary>True when <see cref="TotalSql"/> stops at <see cref="JobPage.CountCap"/> + 1 rows.</summary>
    public bool TotalIsCapped { get; private init; }

    /// <summary>
    /// For a text filter, the ids the text matches (each a row; one may repeat), at most <see cref="MatchedIdsCap"/> + 1:
    /// read first, then handed back to <see cref="Build"/> as <c>matchedIds</c>, so the text index is asked once,
    /// not once for the total and again for the page. Null when there is no text filter or the ids are given.
    /// </summary>
    public string? MatchedIdsSql { get; private set; }

    /// <summary>The most matched ids a list reads ahead (<see cref="MatchedIdsSql"/>); past it, the text is matched inside the list's own SQL.</summary>
    public const int MatchedIdsCap = 5_000;

    public IReadOnlyList<KeyValuePair<string, object>> Parameters => _parameters;

    /// <param name="query">The list asked for.</param>
    /// <param name="columns">The store's job column list.</param>
    /// <param name="containsIds">
    /// The store's "input contains the text" query: a SELECT of the matching job ids, using <c>@folded</c> (the text in ASCII lower
    /// case), <c>@pattern</c> (<c>%folded%</c> with <c>\</c>, <c>%</c> and <c>_</c> escaped by <c>\</c>) and/or
    /// <c>@grams</c> (an FTS5 query: a few of the text's 3-character grams, see <see cref="GramQuery"/>).
    /// </param>
    /// <param name="countsRelation">Rows (type, status, owner, n) whose sums are the job counts ('' owns ownerless jobs).</param>
    /// <param name="time">A time as the store binds it.</param>
    /// <param name="matchedIds">
    /// The store's SELECT of the ids <see cref="MatchedIdsSql"/> read (bound by the store), which then stand for the text
    /// filter. The other filters are then written on expressions (<c>status || ''</c>) so that no index on them is
    /// chosen over the ids: a few hundred lookups by id beat a walk of every job of a status.
    /// </param>
    public static JobListSql Build(
        JobQuery query, string columns, string containsIds, string countsRelation, Func<DateTimeOffset, object> time, string? matchedIds = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(time);
        var sql = new JobListSql { TotalIsCapped = !query.CountedByStatus, _matchedIds = matchedIds };
        var status = sql.Column("status");
        var statuses = query.Statuses is { Count: > 0 } s ? s.Distinct().Select(x => x.ToString()).ToArray() : [];
        for (var i = 0; i < statuses.Length; i++)
        {
            sql.Add("@s" + i.ToString(CultureInfo.InvariantCulture), statuses[i]);
        }
        var filters = sql.Filters(query, containsIds);
        if (matchedIds is null && !string.IsNullOrEmpty(query.Text))
        {
            sql.Add("@ids_cap", (long)MatchedIdsCap + 1);
            sql.MatchedIdsSql = $"SELECT t.id FROM ({sql.TextIds(query, containsIds)}) AS t LIMIT @ids_cap";
        }
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
            var oneStatus = statuses.Length == 1 ? $" AND {status} = @s0" : "";
            page = $"SELECT {columns} FROM jobs WHERE 1 = 1{oneStatus}{filters}{keyset} ORDER BY {order} LIMIT @take OFFSET @offset";
        }
        else
        {
            // One ordered walk of an index per status, each stopping after the rows the page can need, merged: an
            // IN list would read every match and sort it.
            sql.Add("@branch", offset + take);
            var branches = statuses.Select((_, i) =>
                $"SELECT * FROM (SELECT {columns} FROM jobs WHERE {status} = @s{i.ToString(CultureInfo.InvariantCulture)}{filters}{keyset} " +
                $"ORDER BY {order} LIMIT @branch) AS b{i.ToString(CultureInfo.InvariantCulture)}");
            page = $"SELECT {columns} FROM ({string.Join(" UNION ALL ", branches)}) AS u ORDER BY {order} LIMIT @take OFFSET @offset";
        }

        var statusIn = statuses.Length == 0
            ? ""
            : $" AND {status} IN ({string.Join(", ", statuses.Select((_, i) => "@s" + i.ToString(CultureInfo.InvariantCulture)))})";
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
    /// An FTS5 query that every input containing <paramref name="text"/> matches: the given grams of it (or, when
    /// none are given, up to <see cref="QueryGrams"/> of its grams spread from start to end), each quoted, all
    /// required. Every gram of the text is in every match, so the answer is a superset the caller rechecks.
    /// </summary>
    public static string GramQuery(string text, IEnumerable<string>? chosen = null)
    {
        var grams = Grams(text);
        var picks = chosen?.ToArray() ?? Spread(grams, QueryGrams);
        return string.Join(" AND ", picks.Select(g => "\"" + g.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
    }

    /// <summary>The text's 3-code-point grams, in order, each once.</summary>
    public static string[] Grams(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var runes = text.EnumerateRunes().Select(r => r.ToString()).ToArray();
        return [.. Enumerable.Range(0, Math.Max(0, runes.Length - 2)).Select(i => string.Concat(runes[i], runes[i + 1], runes[i + 2])).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>At most <paramref name="count"/> of <paramref name="grams"/>, the first, the last and evenly between.</summary>
    public static string[] Spread(IReadOnlyList<string> grams, int count)
    {
        ArgumentNullException.ThrowIfNull(grams);
        if (grams.Count <= count)
        {
            return [.. grams];
        }
        return [.. Enumerable.Range(0, count).Select(i => (int)Math.Round(i * (grams.Count - 1) / (double)(count - 1))).Distinct().Select(i => grams[i])];
    }

    /// <summary>The most grams <see cref="GramQuery"/> asks for.</summary>
    public const int QueryGrams = 4;

    /// <summary>A LIKE pattern matching any text that contains <paramref name="text"/> (<c>\</c>, <c>%</c>, <c>_</c> escaped by <c>\</c>).</summary>
    public static string ContainsPattern(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
    }

    /// <summary>Adds a parameter a store's own SQL names (e.g. its gram patterns).</summary>
    public void AddParameter(string name, object value) => Add(name, value);

    /// <summary>Replaces a parameter's value (a store that refines one after reading its own statistics).</summary>
    public void SetParameter(string name, object value)
    {
        var index = _parameters.FindIndex(p => p.Key == name);
        if (index >= 0)
        {
            _parameters[index] = new(name, value);
        }
    }

    private string Filters(JobQuery query, string containsIds)
    {
        var where = new StringBuilder();
        AddEquals(where, Column("type"), "@type", query.Type);
        AddEquals(where, Column("batch_id"), "@batch_id", query.BatchId);
        AddEquals(where, Column("owner"), "@owner", query.Owner);
        if (!string.IsNullOrEmpty(query.Text))
        {
            // One IN over a union of id lists, never an OR: an OR with a subquery makes PostgreSQL walk every job
            // and test each; a list of ids is joined to the jobs it names.
            where.Append(" AND id IN (").Append(_matchedIds ?? TextIds(query, containsIds)).Append(')');
        }
        return where.ToString();
    }

    /// <summary>The ids a text filter matches: the job with that id, the jobs of that batch, the inputs holding it.</summary>
    private string TextIds(JobQuery query, string containsIds)
    {
        if (_parameters.Exists(p => p.Key == "@text"))
        {
            return _textIds;
        }
        Add("@text", query.Text!);
        var ids = new StringBuilder("SELECT j.id FROM jobs j WHERE j.id = @text UNION ALL SELECT j.id FROM jobs j WHERE j.batch_id = @text");
        if (query.MatchesInsideInputs)
        {
            var folded = FoldAscii(query.Text!);
            AddIfUsed(containsIds, "@folded", folded);
            AddIfUsed(containsIds, "@pattern", ContainsPattern(folded));
            AddIfUsed(containsIds, "@grams", GramQuery(query.Text!));
            ids.Append(" UNION ALL ").Append(containsIds);
        }
        _textIds = ids.ToString();
        return _textIds;
    }

    // With the matched ids given, a filter column is compared as an expression no index serves (see Build).
    private string Column(string name) => _matchedIds is null ? name : $"({name} || '')";

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
