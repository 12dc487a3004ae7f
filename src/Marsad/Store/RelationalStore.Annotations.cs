using System.Data;
using System.Data.Common;

namespace Marsad.Store;

/// <summary>The per-article annotations kept between analyses (migration 005_annotations).</summary>
internal abstract partial class RelationalStore : IAnnotationStore
{
    // The text is read only for the articles to annotate: a stored annotation stands for it.
    private const string PageQuery = """
        SELECT a.id, a.url, a.headline, CASE WHEN n.json IS NULL THEN a.text ELSE '' END, a.outlet, a.outlet_evidence,
               a.published_from, a.published_to, a.content_hash, a.removed_lines, n.json
        FROM articles a
        LEFT JOIN annotations n ON n.article_id = a.id AND n.content_hash = a.content_hash AND n.version = @version
        WHERE a.id > @after
        ORDER BY a.id
        LIMIT @limit
        """;

    public IEnumerable<IReadOnlyList<StoredArticle>> ArticlePages(string? version, int pageSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var after = "";
        while (true)
        {
            List<StoredArticle> page;
            using (var connection = Connect())
                page = Query(connection, PageQuery, ReadStoredArticle, ("version", version ?? ""), ("after", after), ("limit", pageSize));
            if (page.Count == 0)
                yield break;
            yield return page;
            if (page.Count < pageSize)
                yield break;
            after = page[^1].Id;
        }
    }

    private static StoredArticle ReadStoredArticle(DbDataReader r)
    {
        var annotation = NullableString(r, 10);
        var article = annotation is null ? ReadArticle(r) : null;
        return new StoredArticle(r.GetString(0), r.GetString(8), annotation, article);
    }

    public void SaveAnnotations(string version, IReadOnlyList<AnnotationRow> annotations)
    {
        if (annotations.Count == 0)
            return;
        using var connection = Connect();
        using var tx = BeginWrite(connection);
        using var upsert = new Statement(connection, """
            INSERT INTO annotations (article_id, content_hash, version, json) VALUES (@id, @hash, @version, @json)
            ON CONFLICT (article_id) DO UPDATE SET content_hash = excluded.content_hash, version = excluded.version, json = excluded.json
            """, ("id", DbType.String), ("hash", DbType.String), ("version", DbType.String), ("json", DbType.String));
        foreach (var row in annotations)
            upsert.Execute(tx, row.ArticleId, row.ContentHash, version, row.Json);
        tx.Commit();
    }
}
