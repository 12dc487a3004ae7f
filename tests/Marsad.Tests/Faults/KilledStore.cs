using System.Data.Common;
using System.Globalization;
using Marsad.Store;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Marsad.Tests.Faults;

/// <summary>
/// What a store must hold after its writer was killed: SQLite's integrity check (PostgreSQL's index
/// check where the amcheck extension is there), no article without its source and origins, no more
/// articles than the input has, and an analysis that is absent or complete (its event ids are those
/// of a whole analysis), never part of one.
/// </summary>
internal static class KilledStore
{
    /// <summary>Checks a SQLite store file (nothing to check when the process died before creating it).</summary>
    public static void CheckSqlite(string db, int maxArticles, string[] events, string where)
    {
        if (!File.Exists(db))
            return;
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            Assert.True("ok" == Scalar(connection, "PRAGMA integrity_check"), $"integrity check failed: {where}");
            if (Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'articles'") == "0")
                return;
            if (Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'article_origins'") == "0")
            {
                AssertNothingStored(connection, where);
                return;
            }
            CheckRows(connection, maxArticles, where);
        }
        using var store = StoreFactory.Open(db);
        CheckAnalysis(store, events, where);
    }

    /// <summary>Checks a PostgreSQL store (the schema named in the connection's search path).</summary>
    public static void CheckPostgres(string connectionString, int maxArticles, string[] events, string where)
    {
        using (var connection = new NpgsqlConnection(connectionString))
        {
            connection.Open();
            if (Scalar(connection, "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'articles'") == "0")
                return;
            if (Scalar(connection, "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'article_origins'") == "0")
            {
                AssertNothingStored(connection, where);
                return;
            }
            CheckIndexes(connection, where);
            CheckRows(connection, maxArticles, where);
        }
        using var store = StoreFactory.Open(connectionString);
        CheckAnalysis(store, events, where);
    }

    /// <summary>The event ids of the stored analysis, sorted.</summary>
    public static string[] EventIds(IMarsadStore store) =>
        store.LoadAnalysis()?.Events.Select(e => e.Id).Order(StringComparer.Ordinal).ToArray() ?? [];

    /// <summary>
    /// Killed between two migrations (each is its own transaction): the schema is an older version,
    /// which the next open brings up to date, and no article can have been written yet.
    /// </summary>
    private static void AssertNothingStored(DbConnection connection, string where) =>
        Assert.True("0" == Scalar(connection, "SELECT count(*) FROM articles"), $"articles written before the schema was complete: {where}");

    private static void CheckRows(DbConnection connection, int maxArticles, string where)
    {
        Assert.True("0" == Scalar(connection, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE s.article_id = a.id)"), $"article without source: {where}");
        Assert.True("0" == Scalar(connection, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_origins o WHERE o.article_id = a.id)"), $"article without origin: {where}");
        Assert.True(int.Parse(Scalar(connection, "SELECT count(*) FROM articles"), CultureInfo.InvariantCulture) <= maxArticles, $"more articles than the input: {where}");
    }

    private static void CheckAnalysis(IMarsadStore store, string[] events, string where)
    {
        if (store.LoadAnalysis() is not null)
            Assert.True(events.SequenceEqual(EventIds(store)), $"a partial analysis is stored: {where}");
    }

    /// <summary>Every B-tree index of the schema checked by amcheck, when the server has it (a killed client cannot break them; a bug in the server could).</summary>
    private static void CheckIndexes(NpgsqlConnection connection, string where)
    {
        if (Scalar(connection, "SELECT count(*) FROM pg_available_extensions WHERE name = 'amcheck'") == "0")
            return;
        Scalar(connection, "CREATE EXTENSION IF NOT EXISTS amcheck SCHEMA public");
        var checkedIndexes = Scalar(connection, """
            SELECT count(public.bt_index_check(c.oid)) FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
            WHERE am.amname = 'btree' AND c.relnamespace = current_schema()::regnamespace
            """);
        Assert.True(int.Parse(checkedIndexes, CultureInfo.InvariantCulture) > 0, $"no index checked: {where}");
    }

    public static string Scalar(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }
}
