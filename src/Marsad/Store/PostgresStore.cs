using System.Data;
using System.Data.Common;
using Npgsql;

namespace Marsad.Store;

/// <summary>
/// The server store for several users and worker processes. Writers that touch the same article
/// (by id or content hash), migrations and analysis saves exclude each other with transaction-scoped
/// advisory locks, so concurrent ingest of the same corpus stays idempotent.
/// </summary>
internal sealed class PostgresStore : RelationalStore
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresStore(string connectionString)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            Migrate();
        }
        catch (NpgsqlException e)
        {
            _dataSource.Dispose();
            throw new StoreException($"Cannot use the PostgreSQL store: {Secrets.Redact(e.Message)}", e);
        }
        catch
        {
            _dataSource.Dispose();
            throw;
        }
    }

    protected override string Dialect => "postgres";

    protected override DbConnection Connect() => _dataSource.OpenConnection();

    protected override DbTransaction BeginRead(DbConnection connection) =>
        connection.BeginTransaction(IsolationLevel.RepeatableRead);

    protected override void Lock(DbConnection connection, DbTransaction transaction, params string[] keys)
    {
        // A fixed order keeps two writers that lock the same pair of keys from deadlocking.
        foreach (var key in keys.Order(StringComparer.Ordinal))
            Execute(connection, transaction, "SELECT pg_advisory_xact_lock(hashtextextended(@k, 0))", ("k", key));
    }

    protected override string Json(string parameter) => $"CAST({parameter} AS jsonb)";

    public override void Dispose()
    {
        _dataSource.Dispose();
        base.Dispose();
    }
}
