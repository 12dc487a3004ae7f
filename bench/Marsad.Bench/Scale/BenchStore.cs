using Marsad.Store;
using Npgsql;

namespace Marsad.Bench.Scale;

/// <summary>
/// An empty store for one benchmark run: a new SQLite file, or a new schema of the PostgreSQL
/// database a connection string names (dropped afterwards unless kept).
/// </summary>
internal sealed class BenchStore : IDisposable
{
    private readonly string? _schema;
    private readonly string? _server;

    private BenchStore(string connection, string label, string? schema, string? server)
    {
        Connection = connection;
        Label = label;
        _schema = schema;
        _server = server;
    }

    /// <summary>What the store is opened with.</summary>
    public string Connection { get; }

    /// <summary>"SQLite" or "PostgreSQL", for the report.</summary>
    public string Label { get; }

    /// <summary>Keep the PostgreSQL schema after the run.</summary>
    public bool Keep { get; init; }

    public static BenchStore Fresh(string db, bool keep)
    {
        if (!StoreFactory.IsPostgres(db))
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                File.Delete(db + suffix);
            return new BenchStore(db, "SQLite", null, null) { Keep = keep };
        }
        var server = StoreFactory.ToNpgsql(db);
        var schema = "marsad_bench_" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        Execute(server, $"CREATE SCHEMA {schema}");
        var connection = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
        return new BenchStore(connection, "PostgreSQL", schema, server) { Keep = keep };
    }

    public IMarsadStore Open() => StoreFactory.Open(Connection);

    private static void Execute(string connection, string sql)
    {
        using var c = new NpgsqlConnection(connection);
        c.Open();
        using var command = new NpgsqlCommand(sql, c);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (_schema is null || Keep)
            return;
        NpgsqlConnection.ClearAllPools();
        Execute(_server!, $"DROP SCHEMA IF EXISTS {_schema} CASCADE");
    }
}
