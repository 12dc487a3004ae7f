using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Marsad.Store;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never block the writer), foreign keys
/// on, and a busy timeout so concurrent processes wait for the write lock instead of failing.
/// </summary>
internal sealed class SqliteStore : RelationalStore
{
    private static readonly byte[] Header = "SQLite format 3\0"u8.ToArray();
    private readonly string _connectionString;
    private readonly Lock _versionGate = new();
    private SqliteCommand? _version;

    public SqliteStore(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        CheckHeader(Path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
        try
        {
            using (var connection = Connect())
                Execute(connection, null, "PRAGMA journal_mode=WAL");
            Migrate();
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 11 or 26)
        {
            throw new StoreException($"'{Path}' is not a usable Marsad database ({e.Message.TrimEnd('.')}). The file was left untouched.", e);
        }
    }

    public string Path { get; }

    protected override string Dialect => "sqlite";

    /// <summary>Refuses a file that is not SQLite before SQLite gets a chance to write next to or into it.</summary>
    private static void CheckHeader(string path)
    {
        if (Directory.Exists(path))
            throw new StoreException($"'{path}' is a directory, not a Marsad database file.");
        if (!File.Exists(path))
            return;
        using var stream = File.OpenRead(path);
        if (stream.Length == 0)
            return;
        var head = new byte[Header.Length];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (read < head.Length || !head.AsSpan().SequenceEqual(Header))
            throw new StoreException($"'{path}' is not a SQLite database (wrong file header). The file was left untouched.");
    }

    protected override DbConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, null, "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000;");
        return connection;
    }

    // SQLite rebuilds a table to change its constraints; with foreign keys on, dropping the old
    // table would delete the rows that refer to it. Keys go off outside the transaction, and the
    // references are checked after.
    protected override void BeforeMigrations(DbConnection connection) => Execute(connection, null, "PRAGMA foreign_keys=OFF");

    protected override void AfterMigrations(DbConnection connection)
    {
        Execute(connection, null, "PRAGMA foreign_keys=ON");
        if (Scalar(connection, null, "SELECT COUNT(*) FROM pragma_foreign_key_check") is long broken and > 0)
            throw new StoreException($"the schema migration left {broken} broken references; restore the store from a copy");
    }

    /// <summary>
    /// A server asks this before every request: one connection and prepared statement kept for it
    /// spare opening the file each time. In WAL mode each query sees the latest commit.
    /// </summary>
    public override long? AnalysisVersion()
    {
        lock (_versionGate)
        {
            try
            {
                if (_version is null)
                {
                    var connection = (SqliteConnection)Connect();
                    _version = connection.CreateCommand();
                    _version.CommandText = "SELECT COALESCE(MAX(id), 0) FROM analysis_runs";
                    _version.Prepare();
                }
                return Convert.ToInt64(_version.ExecuteScalar());
            }
            catch (SqliteException)
            {
                // Open a fresh connection next time rather than keep a broken one.
                CloseVersionConnection();
                throw;
            }
        }
    }

    public override void Dispose()
    {
        lock (_versionGate)
            CloseVersionConnection();
        base.Dispose();
    }

    private void CloseVersionConnection()
    {
        var connection = _version?.Connection;
        _version?.Dispose();
        connection?.Dispose();
        _version = null;
    }

    protected override DbTransaction BeginWrite(DbConnection connection) =>
        ((SqliteConnection)connection).BeginTransaction(deferred: false);

    protected override DbTransaction BeginRead(DbConnection connection) =>
        ((SqliteConnection)connection).BeginTransaction(deferred: true);
}
