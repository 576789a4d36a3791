using Npgsql;

namespace MediaJobs.Storage.Postgres.Writer;

/// <summary>A statement whose outcome is whether it returned a row (a cancel flag set, a setting written, a node beat).</summary>
/// <param name="Sql">Returns rows (SELECT or RETURNING) when <paramref name="ReturnsRows"/>, none otherwise.</param>
internal sealed record PgStatement(string Sql, NpgsqlParameter[] Parameters, bool ReturnsRows = false);

/// <summary>A few statements with no events: true when any of them returned a row.</summary>
internal sealed class StatementWrite(IReadOnlyList<PgStatement> statements, CancellationToken ct) : PgWriteOp<bool>(ct)
{
    private bool _anyRow;

    public override bool AppendsEvents => false;

    protected override bool Result => _anyRow;

    public override void Apply(PgWriteBatch batch)
    {
        _anyRow = false;
        foreach (var statement in statements)
        {
            var parameters = EnqueueWrite.Clone(statement.Parameters);
            if (statement.ReturnsRows)
            {
                batch.AddQuery(statement.Sql, parameters, _ => _anyRow = true);
            }
            else
            {
                batch.Add(statement.Sql, parameters);
            }
        }
    }
}
