using Marsad.Clean;
using Marsad.Ingest;

namespace Marsad.Store;

/// <summary>
/// Stores many articles in a row: one connection, prepared statements and one transaction per
/// batch. Each article is still all-or-nothing (a savepoint of its own): an article that fails
/// leaves nothing of itself and the articles before and after it stay. Added articles are durable
/// only once <see cref="Commit"/> returns; disposing the writer rolls back what was not committed.
/// </summary>
public interface IArticleWriter : IDisposable
{
    /// <summary>Stores a cleaned article with its source, idempotent by content hash and outlet, as <see cref="IMarsadStore.AddArticle"/>.</summary>
    AddResult Add(SourceDocument source, Article article);

    /// <summary>How many added articles wait for <see cref="Commit"/>.</summary>
    int Pending { get; }

    /// <summary>Makes every article added so far durable, in one transaction; the next one starts a new transaction.</summary>
    void Commit();
}

/// <summary>The writer of a store without batches: each article is stored, and committed, on its own.</summary>
/// <param name="store">The store every article goes to.</param>
internal sealed class ArticleByArticleWriter(IMarsadStore store) : IArticleWriter
{
    public int Pending => 0;

    public AddResult Add(SourceDocument source, Article article) => store.AddArticle(source, article);

    public void Commit()
    {
    }

    public void Dispose()
    {
    }
}
