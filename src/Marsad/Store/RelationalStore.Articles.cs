using System.Data;
using System.Data.Common;
using Marsad.Clean;
using Marsad.Ingest;

namespace Marsad.Store;

internal abstract partial class RelationalStore
{
    /// <summary>The lock every writer of articles takes for its transaction (PostgreSQL; SQLite has one writer anyway).</summary>
    private const string IngestLock = "marsad:ingest";

    public IArticleWriter OpenArticleWriter() => new ArticleWriter(this);

    public AddResult AddArticle(SourceDocument source, Article article)
    {
        using var writer = new ArticleWriter(this);
        var result = writer.Add(source, article);
        writer.Commit();
        return result;
    }

    /// <summary>
    /// Writes articles on one connection with prepared statements, a transaction per batch and a
    /// savepoint per article. The transaction holds the ingest lock, so two writers never decide
    /// "new or duplicate" on the same content, text or URL at once.
    /// </summary>
    private sealed class ArticleWriter : IArticleWriter
    {
        private const string Savepoint = "marsad_article";

        private readonly RelationalStore _store;
        private readonly DbConnection _connection;
        private readonly Statement _exists;
        private readonly Statement _findSame;
        private readonly Statement _findByUrl;
        private readonly Statement _addOrigin;
        private readonly Statement _upsertArticle;
        private readonly Statement _upsertSource;
        private readonly Statement _upsertOrigin;
        private DbTransaction? _transaction;

        public ArticleWriter(RelationalStore store)
        {
            _store = store;
            _connection = store.Connect();
            const DbType text = DbType.String;
            const DbType date = DbType.Date;
            _exists = new Statement(_connection, "SELECT 1 FROM articles WHERE id = @id", ("id", text));
            _findSame = new Statement(_connection,
                "SELECT id FROM articles WHERE (content_hash = @h OR text_hash = @th) AND COALESCE(outlet, '') = @outlet ORDER BY id LIMIT 1",
                ("h", text), ("th", text), ("outlet", text));
            _findByUrl = new Statement(_connection,
                "SELECT id FROM articles WHERE url = @url AND (outlet IS NULL OR @outlet = '' OR outlet = @outlet) ORDER BY id LIMIT 1",
                ("url", text), ("outlet", text));
            _addOrigin = new Statement(_connection, """
                INSERT INTO article_origins (article_id, document_id, origin) VALUES (@id, @doc, @origin)
                ON CONFLICT (article_id, document_id) DO NOTHING
                """, ("id", text), ("doc", text), ("origin", text));
            _upsertArticle = new Statement(_connection, $"""
                INSERT INTO articles (id, url, headline, text, outlet, outlet_evidence, published_from, published_to, content_hash, text_hash, removed_lines, ingested_at)
                VALUES (@id, @url, @headline, @text, @outlet, @evidence, @from, @to, @hash, @texthash, {store.Json("@removed")}, @at)
                ON CONFLICT (id) DO UPDATE SET
                    url = excluded.url, headline = excluded.headline, text = excluded.text, outlet = excluded.outlet,
                    outlet_evidence = excluded.outlet_evidence, published_from = excluded.published_from,
                    published_to = excluded.published_to, content_hash = excluded.content_hash, text_hash = excluded.text_hash,
                    removed_lines = excluded.removed_lines, ingested_at = excluded.ingested_at
                """,
                ("id", text), ("url", text), ("headline", text), ("text", text), ("outlet", text), ("evidence", text),
                ("from", date), ("to", date), ("hash", text), ("texthash", text), ("removed", text), ("at", DbType.DateTimeOffset));
            _upsertSource = new Statement(_connection, """
                INSERT INTO sources (article_id, format, origin, title, body, url, published, outlet, content_hash)
                VALUES (@id, @format, @origin, @title, @body, @url, @published, @outlet, @hash)
                ON CONFLICT (article_id) DO UPDATE SET
                    format = excluded.format, origin = excluded.origin, title = excluded.title, body = excluded.body,
                    url = excluded.url, published = excluded.published, outlet = excluded.outlet, content_hash = excluded.content_hash
                """,
                ("id", text), ("format", text), ("origin", text), ("title", text), ("body", text), ("url", text),
                ("published", date), ("outlet", text), ("hash", text));
            _upsertOrigin = new Statement(_connection, """
                INSERT INTO article_origins (article_id, document_id, origin) VALUES (@id, @id, @origin)
                ON CONFLICT (article_id, document_id) DO UPDATE SET origin = excluded.origin
                """, ("id", text), ("origin", text));
        }

        public int Pending { get; private set; }

        public AddResult Add(SourceDocument source, Article article)
        {
            var transaction = _transaction ??= Begin();
            transaction.Save(Savepoint);
            AddResult result;
            try
            {
                result = Write(transaction, source, article);
            }
            catch (Exception e)
            {
                Undo(transaction, e);
                throw;
            }
            transaction.Release(Savepoint);
            Pending++;
            return result;
        }

        private DbTransaction Begin()
        {
            var transaction = _store.BeginWrite(_connection);
            _store.Lock(_connection, transaction, IngestLock);
            return transaction;
        }

        /// <summary>Rolls back to the article's savepoint; when even that fails, the batch is lost and ingest must stop.</summary>
        private void Undo(DbTransaction transaction, Exception cause)
        {
            try
            {
                transaction.Rollback(Savepoint);
            }
            catch (Exception e) when (e is DbException or InvalidOperationException)
            {
                Abandon();
                throw new StoreException(
                    $"storing failed and the store could not undo it ({e.Message}); the {Pending} articles not yet committed were not stored: {cause.Message}", e);
            }
        }

        private AddResult Write(DbTransaction tx, SourceDocument source, Article article)
        {
            var textHash = ArticleText.Hash(article);
            var exists = _exists.Scalar(tx, article.Id) is not null;
            if (SameArticle(tx, article, textHash, exists) is { } known)
            {
                _addOrigin.Execute(tx, known, article.Id, source.Origin);
                return AddResult.Duplicate;
            }
            _upsertArticle.Execute(tx,
                article.Id, article.Url, article.Headline, article.Text, article.Outlet, article.OutletEvidence,
                article.PublishedMetadata?.From, article.PublishedMetadata?.To, article.ContentHash, textHash,
                StoreJson.Write(article.RemovedLines), _store.Timestamp(DateTimeOffset.UtcNow));
            _store.AfterWriteStep?.Invoke("article");
            _upsertSource.Execute(tx,
                article.Id, source.Format, source.Origin, source.Title, source.Body, source.Url, source.Published,
                source.Outlet, source.ContentHash);
            _store.AfterWriteStep?.Invoke("source");
            _upsertOrigin.Execute(tx, article.Id, source.Origin);
            return exists ? AddResult.Updated : AddResult.Added;
        }

        /// <summary>
        /// The stored article this one is a copy of, or null. A copy is the same content, or the same
        /// cleaned text (<see cref="ArticleText.Hash"/>: the same story read from a .txt, a JSON line and a
        /// feed), from the same outlet; or, for an article whose id is new, one stored under the same URL
        /// (with the same outlet, or an outlet one of them does not know).
        /// The same text from two outlets (an agency copy republished) stays two articles.
        /// </summary>
        private string? SameArticle(DbTransaction tx, Article article, string textHash, bool idExists)
        {
            if (_findSame.Scalar(tx, article.ContentHash, textHash, article.Outlet ?? "") is string identical)
                return identical;
            if (idExists || string.IsNullOrEmpty(article.Url))
                return null;
            // Two known outlets that disagree make two articles even under one URL (the test of the agency copy).
            return _findByUrl.Scalar(tx, article.Url, article.Outlet ?? "") as string;
        }

        public void Commit()
        {
            if (_transaction is not { } transaction)
                return;
            try
            {
                transaction.Commit();
            }
            catch (DbException e)
            {
                var lost = Pending;
                Abandon();
                throw new StoreException($"committing {lost} articles failed: {e.Message}", e);
            }
            transaction.Dispose();
            _transaction = null;
            Pending = 0;
        }

        /// <summary>Drops the open transaction (its articles are not stored).</summary>
        private void Abandon()
        {
            try
            {
                _transaction?.Dispose();
            }
            catch (DbException)
            {
                // The connection is gone with the transaction; nothing more to undo.
            }
            _transaction = null;
            Pending = 0;
        }

        public void Dispose()
        {
            Abandon();
            foreach (var statement in new[] { _exists, _findSame, _findByUrl, _addOrigin, _upsertArticle, _upsertSource, _upsertOrigin })
                statement.Dispose();
            _connection.Dispose();
        }
    }
}
