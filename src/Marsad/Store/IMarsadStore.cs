using Marsad.Clean;
using Marsad.Events;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Time;

namespace Marsad.Store;

/// <summary>What storing an article did.</summary>
public enum AddResult
{
    /// <summary>New content: the article was stored.</summary>
    Added,

    /// <summary>The same content hash is already stored: nothing was written.</summary>
    Duplicate,

    /// <summary>The same document id with new content: the stored article was replaced.</summary>
    Updated,
}

/// <summary>What exports and views need to know of an article after analysis.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Url">Its address, when known.</param>
/// <param name="Headline">The headline.</param>
/// <param name="Outlet">The publisher, when found.</param>
/// <param name="Published">The days it may have been published on.</param>
/// <param name="PublishedEvidence">Why.</param>
public sealed record ArticleSummary(
    string Id,
    string? Url,
    string Headline,
    string? Outlet,
    DateInterval? Published,
    IReadOnlyList<DateEvidence> PublishedEvidence);

/// <summary>The stored result of the last analysis: article summaries and merged events.</summary>
/// <param name="AnalyzedAt">When the analysis ran.</param>
/// <param name="Articles">The articles, as exports see them.</param>
/// <param name="Events">The merged events.</param>
public sealed record AnalysisSnapshot(DateTimeOffset AnalyzedAt, IReadOnlyList<ArticleSummary> Articles, IReadOnlyList<Event> Events)
{
    /// <summary>What the analysis that made this snapshot warned about (budgets reached, failed articles); not stored.</summary>
    public IReadOnlyList<AnalysisWarning> Warnings { get; init; } = [];

    /// <summary>The snapshot of an analysis that ran at <paramref name="at"/>.</summary>
    public static AnalysisSnapshot From(CorpusAnalysis analysis, DateTimeOffset at) => new(
        at,
        analysis.Articles.Select(a => new ArticleSummary(
            a.Article.Id, a.Article.Url, a.Article.Headline, a.Article.Outlet,
            a.Published.Interval, a.Published.Evidence)).ToArray(),
        analysis.Events)
    {
        Warnings = analysis.Warnings,
    };
}

/// <summary>
/// Persistence of articles and analyses. SQLite (one file, the embedded default) and PostgreSQL
/// (several users and workers) implement it. Every write is all-or-nothing: a failure leaves what
/// was stored before untouched.
/// </summary>
public interface IMarsadStore : IDisposable
{
    /// <summary>Stores a cleaned article with its source; idempotent by content hash.</summary>
    AddResult AddArticle(SourceDocument source, Article article);

    /// <summary>
    /// A writer for many articles (ingest): a transaction per batch, a savepoint per article. A store
    /// without batches stores and commits each article on its own.
    /// </summary>
    IArticleWriter OpenArticleWriter() => new ArticleByArticleWriter(this);

    /// <summary>Every place an article was read from: its own and those of identical copies from the same outlet.</summary>
    IReadOnlyList<string> Origins(string articleId);

    /// <summary>Every stored article, by id.</summary>
    IReadOnlyList<Article> LoadArticles();

    /// <summary>The stored article of that id, or null.</summary>
    Article? FindArticle(string id);

    /// <summary>The raw document the article of that id was cleaned from, or null.</summary>
    SourceDocument? FindSource(string id);

    /// <summary>How many articles are stored.</summary>
    int CountArticles();

    /// <summary>Replaces the stored analysis with a new one in one transaction.</summary>
    void SaveAnalysis(AnalysisSnapshot snapshot);

    /// <summary>The last saved analysis, or null when none was run.</summary>
    AnalysisSnapshot? LoadAnalysis();

    /// <summary>The last saved analysis, the read given up (<see cref="OperationCanceledException"/>) once <paramref name="cancellation"/> fires.</summary>
    AnalysisSnapshot? LoadAnalysis(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        return LoadAnalysis();
    }

    /// <summary>
    /// A number that changes every time an analysis is saved (and grows: a later save never gives
    /// an earlier number), cheap to ask for: a server keeps the loaded analysis until it changes.
    /// Null when the store cannot tell, and then a reader must load the analysis again each time.
    /// </summary>
    long? AnalysisVersion() => null;

    /// <summary>What the feed monitor remembers of <paramref name="url"/>, or null (always null for a store that keeps none).</summary>
    FeedState? FindFeedState(string url) => null;

    /// <summary>Keeps what the feed monitor learnt of a URL (a store that keeps none forgets it).</summary>
    void SaveFeedState(FeedState state)
    {
    }

    /// <summary>When an article was last added or replaced, or null when none is stored (or the store does not say).</summary>
    DateTimeOffset? LastIngestedAt() => null;

    /// <summary>When the stored analysis ran (its <see cref="AnalysisSnapshot.AnalyzedAt"/>), or null when none was run.</summary>
    DateTimeOffset? LastAnalyzedAt() => LoadAnalysis()?.AnalyzedAt;

    /// <summary>How many articles the stored analysis covers, or null when none was run.</summary>
    int? AnalysedArticleCount() => LoadAnalysis()?.Articles.Count;
}
