using Marsad.Clean;
using Marsad.Events;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Time;

namespace Marsad.Store;

public enum AddResult
{
    Added,      // new content
    Duplicate,  // same content hash already stored: nothing written
    Updated,    // same document id, new content: the stored article was replaced
}

/// <summary>What exports and views need to know of an article after analysis.</summary>
public sealed record ArticleSummary(
    string Id,
    string? Url,
    string Headline,
    string? Outlet,
    DateInterval? Published,
    IReadOnlyList<DateEvidence> PublishedEvidence);

/// <summary>The stored result of the last analysis: article summaries and merged events.</summary>
public sealed record AnalysisSnapshot(DateTimeOffset AnalyzedAt, IReadOnlyList<ArticleSummary> Articles, IReadOnlyList<Event> Events)
{
    public static AnalysisSnapshot From(CorpusAnalysis analysis, DateTimeOffset at) => new(
        at,
        analysis.Articles.Select(a => new ArticleSummary(
            a.Article.Id, a.Article.Url, a.Article.Headline, a.Article.Outlet,
            a.Published.Interval, a.Published.Evidence)).ToArray(),
        analysis.Events);
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

    /// <summary>Every place an article was read from: its own and those of identical copies from the same outlet.</summary>
    IReadOnlyList<string> Origins(string articleId);

    IReadOnlyList<Article> LoadArticles();

    Article? FindArticle(string id);

    SourceDocument? FindSource(string id);

    int CountArticles();

    /// <summary>Replaces the stored analysis with a new one in one transaction.</summary>
    void SaveAnalysis(AnalysisSnapshot snapshot);

    /// <summary>The last saved analysis, or null when none was run.</summary>
    AnalysisSnapshot? LoadAnalysis();
}
