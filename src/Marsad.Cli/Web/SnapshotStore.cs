using Marsad.Clean;
using Marsad.Ingest;
using Marsad.Store;

namespace Marsad.Cli.Web;

/// <summary>A read-only store over one analysis snapshot (an exchange JSON file, or a test's data).</summary>
public sealed class SnapshotStore(AnalysisSnapshot? snapshot) : IMarsadStore
{
    public AnalysisSnapshot? LoadAnalysis() => snapshot;

    /// <summary>The snapshot never changes: one version for its whole life.</summary>
    public long? AnalysisVersion() => 1;

    public AddResult AddArticle(SourceDocument source, Article article) =>
        throw new NotSupportedException("this store only serves a saved analysis");

    public IReadOnlyList<Article> LoadArticles() => [];

    public Article? FindArticle(string id) => null;

    public SourceDocument? FindSource(string id) => null;

    public IReadOnlyList<string> Origins(string articleId) => [];

    public int CountArticles() => snapshot?.Articles.Count ?? 0;

    public void SaveAnalysis(AnalysisSnapshot snapshot) =>
        throw new NotSupportedException("this store only serves a saved analysis");

    public void Dispose()
    {
    }
}
