using System.Data;
using System.Data.Common;
using Marsad.Clean;
using Marsad.Data;
using Marsad.Events;
using Marsad.Ingest;
using Marsad.Time;

namespace Marsad.Store;

/// <summary>
/// The SQL both stores share. The dialects differ only in how connections open, how writers
/// exclude each other (SQLite: one writer at a time; PostgreSQL: advisory locks), how JSON
/// parameters are typed, and in their migration scripts (Data/store/&lt;dialect&gt;/NNN_name.sql).
/// </summary>
internal abstract partial class RelationalStore : IMarsadStore
{
    /// <summary>Test seam: called after each write step inside a transaction; throwing aborts the transaction.</summary>
    internal Action<string>? AfterWriteStep { get; set; }

    protected abstract string Dialect { get; }

    protected abstract DbConnection Connect();

    /// <summary>Begins a transaction that may write; SQLite takes the write lock at once.</summary>
    protected virtual DbTransaction BeginWrite(DbConnection connection) => connection.BeginTransaction();

    /// <summary>Begins a read-only transaction that sees one consistent snapshot.</summary>
    protected abstract DbTransaction BeginRead(DbConnection connection);

    /// <summary>Excludes other writers holding any of <paramref name="keys"/> until the transaction ends.</summary>
    protected virtual void Lock(DbConnection connection, DbTransaction transaction, params string[] keys)
    {
    }

    /// <summary>SQL expression for a parameter holding JSON text.</summary>
    protected virtual string Json(string parameter) => parameter;

    /// <summary>Timestamps as the dialect stores them.</summary>
    protected virtual object Timestamp(DateTimeOffset value) => value.ToUniversalTime();

    /// <summary>Migration scripts of this dialect, ordered by version.</summary>
    public IReadOnlyList<(int Version, string Path)> Migrations => DataFiles.Files("store/" + Dialect, ".sql")
        .Select(path => (Version: ParseVersion(path), Path: path))
        .OrderBy(m => m.Version)
        .ToArray();

    public int LatestVersion => Migrations.Count == 0 ? 0 : Migrations[^1].Version;

    private static int ParseVersion(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        var digits = name.Split('_')[0];
        return int.TryParse(digits, out var v) ? v : throw new InvalidOperationException($"migration '{path}' does not start with NNN_");
    }

    /// <summary>Brings the schema to <see cref="LatestVersion"/>, one transaction per script; refuses a newer schema.</summary>
    protected void Migrate()
    {
        using var connection = Connect();
        BeforeMigrations(connection);
        try
        {
            ApplyMigrations(connection);
        }
        finally
        {
            AfterMigrations(connection);
        }
        BackfillTextHashes(connection);
    }

    /// <summary>Prepares a connection for schema changes (SQLite turns foreign keys off to rebuild tables).</summary>
    protected virtual void BeforeMigrations(DbConnection connection)
    {
    }

    /// <summary>Restores the connection after schema changes and checks what they left.</summary>
    protected virtual void AfterMigrations(DbConnection connection)
    {
    }

    private void ApplyMigrations(DbConnection connection)
    {
        while (true)
        {
            using var tx = BeginWrite(connection);
            Lock(connection, tx, "marsad:migrations");
            Execute(connection, tx, "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)");
            var current = Convert.ToInt32(Scalar(connection, tx, "SELECT COALESCE(MAX(version), 0) FROM schema_version") ?? 0);
            if (current > LatestVersion)
                throw new StoreException(
                    $"The {Dialect} store has schema version {current}, newer than this Marsad knows ({LatestVersion}). Upgrade Marsad; the store was left untouched.");
            var next = Migrations.FirstOrDefault(m => m.Version > current);
            if (next.Path is null)
            {
                tx.Commit();
                return;
            }
            Execute(connection, tx, DataFiles.ReadText(next.Path));
            Execute(connection, tx, "INSERT INTO schema_version (version, name, applied_at) VALUES (@v, @n, @at)",
                ("v", next.Version), ("n", next.Path), ("at", DateTimeOffset.UtcNow.ToString("O")));
            tx.Commit();
        }
    }

    public int SchemaVersion()
    {
        using var connection = Connect();
        return Convert.ToInt32(Scalar(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version") ?? 0);
    }

    /// <summary>Gives the articles stored before text hashes were kept theirs (schema 3).</summary>
    private void BackfillTextHashes(DbConnection connection)
    {
        var missing = Query(connection, $"SELECT {ArticleColumns} FROM articles WHERE text_hash IS NULL", ReadArticle);
        if (missing.Count == 0)
            return;
        using var tx = BeginWrite(connection);
        foreach (var article in missing)
            Execute(connection, tx, "UPDATE articles SET text_hash = @th WHERE id = @id", ("th", ArticleText.Hash(article)), ("id", article.Id));
        tx.Commit();
    }

    private const string ArticleColumns =
        "id, url, headline, text, outlet, outlet_evidence, published_from, published_to, content_hash, removed_lines";

    public IReadOnlyList<Article> LoadArticles()
    {
        using var connection = Connect();
        return Query(connection, $"SELECT {ArticleColumns} FROM articles ORDER BY id", ReadArticle);
    }

    public Article? FindArticle(string id)
    {
        using var connection = Connect();
        return Query(connection, $"SELECT {ArticleColumns} FROM articles WHERE id = @id", ReadArticle, ("id", id)).FirstOrDefault();
    }

    private static Article ReadArticle(DbDataReader r) => new(
        r.GetString(0),
        NullableString(r, 1),
        r.GetString(2),
        r.GetString(3),
        NullableString(r, 4),
        NullableString(r, 5),
        Interval(r, 6, 7),
        r.GetString(8),
        StoreJson.Read<List<string>>(r.GetString(9)));

    /// <summary>Every place an article was read from (its own, and copies of the same content from the same outlet).</summary>
    public IReadOnlyList<string> Origins(string articleId)
    {
        using var connection = Connect();
        return Query(connection, "SELECT origin FROM article_origins WHERE article_id = @id ORDER BY origin", r => r.GetString(0), ("id", articleId));
    }

    public SourceDocument? FindSource(string id)
    {
        using var connection = Connect();
        return Query(connection,
            "SELECT article_id, format, origin, title, body, url, published, outlet, content_hash FROM sources WHERE article_id = @id",
            r => new SourceDocument(
                r.GetString(0), r.GetString(1), r.GetString(2), NullableString(r, 3), r.GetString(4),
                NullableString(r, 5), r.IsDBNull(6) ? null : r.GetFieldValue<DateOnly>(6), NullableString(r, 7), r.GetString(8)),
            ("id", id)).FirstOrDefault();
    }

    public int CountArticles()
    {
        using var connection = Connect();
        return Convert.ToInt32(Scalar(connection, null, "SELECT COUNT(*) FROM articles"));
    }

    public DateTimeOffset? LastIngestedAt()
    {
        using var connection = Connect();
        return Query(connection, "SELECT ingested_at FROM articles ORDER BY ingested_at DESC LIMIT 1",
            r => r.GetFieldValue<DateTimeOffset>(0)).Select(t => (DateTimeOffset?)t).FirstOrDefault();
    }

    public DateTimeOffset? LastAnalyzedAt()
    {
        using var connection = Connect();
        return Query(connection, "SELECT analyzed_at FROM analysis_runs ORDER BY id DESC LIMIT 1",
            r => r.GetFieldValue<DateTimeOffset>(0)).Select(t => (DateTimeOffset?)t).FirstOrDefault();
    }

    public int? AnalysedArticleCount()
    {
        using var connection = Connect();
        if (Scalar(connection, null, "SELECT MAX(id) FROM analysis_runs") is not { } run || run is DBNull)
            return null;
        return Convert.ToInt32(Scalar(connection, null, "SELECT COUNT(*) FROM article_summaries WHERE run_id = @run", ("run", run)));
    }

    public void SaveAnalysis(AnalysisSnapshot snapshot)
    {
        using var connection = Connect();
        using var tx = BeginWrite(connection);
        Lock(connection, tx, "marsad:analysis");
        // Summaries and event_sources go with their run and events (ON DELETE CASCADE).
        Execute(connection, tx, "DELETE FROM events");
        Execute(connection, tx, "DELETE FROM article_summaries");
        var runId = Convert.ToInt64(Scalar(connection, tx,
            "INSERT INTO analysis_runs (analyzed_at, article_count, event_count) VALUES (@at, @a, @e) RETURNING id",
            ("at", Timestamp(snapshot.AnalyzedAt)), ("a", snapshot.Articles.Count), ("e", snapshot.Events.Count)));
        AfterWriteStep?.Invoke("run");
        SaveSummaries(connection, tx, runId, snapshot.Articles);
        AfterWriteStep?.Invoke("summaries");
        SaveEvents(connection, tx, runId, snapshot.Events);
        AfterWriteStep?.Invoke("events");
        tx.Commit();
    }

    private void SaveSummaries(DbConnection connection, DbTransaction tx, long runId, IReadOnlyList<ArticleSummary> articles)
    {
        using var insert = new Statement(connection, $"""
            INSERT INTO article_summaries (run_id, ordinal, article_id, url, headline, outlet, published_from, published_to, evidence)
            VALUES (@run, @ord, @id, @url, @headline, @outlet, @from, @to, {Json("@evidence")})
            """,
            ("run", DbType.Int64), ("ord", DbType.Int32), ("id", DbType.String), ("url", DbType.String), ("headline", DbType.String),
            ("outlet", DbType.String), ("from", DbType.Date), ("to", DbType.Date), ("evidence", DbType.String));
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            insert.Execute(tx, runId, i, a.Id, a.Url, a.Headline, a.Outlet, a.Published?.From, a.Published?.To,
                StoreJson.WriteEvidence(a.PublishedEvidence));
        }
    }

    private void SaveEvents(DbConnection connection, DbTransaction tx, long runId, IReadOnlyList<Event> events)
    {
        using var insertEvent = new Statement(connection, $"""
            INSERT INTO events (id, run_id, ordinal, type, mode, cameo, status, date_from, date_to, countries, place, json)
            VALUES (@id, @run, @ord, @type, @mode, @cameo, @status, @from, @to, @countries, @place, {Json("@json")})
            """,
            ("id", DbType.String), ("run", DbType.Int64), ("ord", DbType.Int32), ("type", DbType.String), ("mode", DbType.String),
            ("cameo", DbType.String), ("status", DbType.String), ("from", DbType.Date), ("to", DbType.Date),
            ("countries", DbType.String), ("place", DbType.String), ("json", DbType.String));
        using var insertSource = new Statement(connection, """
            INSERT INTO event_sources (event_id, ordinal, article_id, sentence_index, evidence_text, evidence_start, evidence_end)
            VALUES (@event, @ord, @article, @sentence, @text, @start, @end)
            """,
            ("event", DbType.String), ("ord", DbType.Int32), ("article", DbType.String), ("sentence", DbType.Int32),
            ("text", DbType.String), ("start", DbType.Int32), ("end", DbType.Int32));
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            insertEvent.Execute(tx, e.Id, runId, i, e.Type.Name, e.Mode?.Name, e.Cameo, e.Status.ToString(), e.When?.From, e.When?.To,
                string.Join('|', e.Countries), e.Where?.Name ?? e.Where?.Country, StoreJson.Write(e));
            for (var m = 0; m < e.Mentions.Count; m++)
            {
                var mention = e.Mentions[m];
                insertSource.Execute(tx, e.Id, m, mention.ArticleId, mention.Sentence, mention.EvidenceText, mention.Evidence.Start, mention.Evidence.End);
            }
        }
    }

    /// <summary>The id of the latest analysis run: runs are only ever added, and their ids never reused (AUTOINCREMENT, IDENTITY).</summary>
    public virtual long? AnalysisVersion()
    {
        using var connection = Connect();
        return Scalar(connection, null, "SELECT MAX(id) FROM analysis_runs") is { } id ? Convert.ToInt64(id) : 0;
    }

    public AnalysisSnapshot? LoadAnalysis() => LoadAnalysis(CancellationToken.None);

    public AnalysisSnapshot? LoadAnalysis(CancellationToken cancellation)
    {
        using var connection = Connect();
        // Read in one transaction so a concurrent SaveAnalysis is seen whole or not at all.
        using var tx = BeginRead(connection);
        var run = Query(connection, "SELECT id, analyzed_at FROM analysis_runs ORDER BY id DESC LIMIT 1",
            r => (Id: Convert.ToInt64(r.GetValue(0)), At: r.GetFieldValue<DateTimeOffset>(1)), tx).FirstOrDefault();
        if (run.Id == 0)
            return null;
        var articles = Query(connection,
            "SELECT article_id, url, headline, outlet, published_from, published_to, evidence FROM article_summaries WHERE run_id = @run ORDER BY ordinal",
            r => new ArticleSummary(r.GetString(0), NullableString(r, 1), r.GetString(2), NullableString(r, 3),
                Interval(r, 4, 5), StoreJson.ReadEvidence(r.GetString(6))),
            tx, ("run", run.Id));
        cancellation.ThrowIfCancellationRequested();
        var events = Query(connection, "SELECT json FROM events WHERE run_id = @run ORDER BY ordinal",
            r =>
            {
                // Parsing the events is most of the read: a reader that left stops it here.
                cancellation.ThrowIfCancellationRequested();
                return StoreJson.Read<Event>(r.GetString(0));
            },
            tx, ("run", run.Id));
        tx.Commit();
        return new AnalysisSnapshot(run.At, articles, events);
    }

    public virtual void Dispose() => GC.SuppressFinalize(this);

    // ---- ADO.NET helpers ----

    private static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateInterval? Interval(DbDataReader r, int from, int to) =>
        r.IsDBNull(from) || r.IsDBNull(to) ? null : new DateInterval(r.GetFieldValue<DateOnly>(from), r.GetFieldValue<DateOnly>(to));

    protected static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql, params (string Name, object? Value)[] args)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        foreach (var (name, value) in args)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }
        return command;
    }

    protected static void Execute(DbConnection connection, DbTransaction? tx, string sql, params (string Name, object? Value)[] args)
    {
        using var command = Command(connection, tx, sql, args);
        command.ExecuteNonQuery();
    }

    protected static object? Scalar(DbConnection connection, DbTransaction? tx, string sql, params (string Name, object? Value)[] args)
    {
        using var command = Command(connection, tx, sql, args);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private static List<T> Query<T>(DbConnection connection, string sql, Func<DbDataReader, T> read, params (string Name, object? Value)[] args) =>
        Query(connection, sql, read, null, args);

    private static List<T> Query<T>(DbConnection connection, string sql, Func<DbDataReader, T> read, DbTransaction? tx, params (string Name, object? Value)[] args)
    {
        using var command = Command(connection, tx, sql, args);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(read(reader));
        return rows;
    }
}
