using Marsad.Store;

namespace Marsad.Tests.Web;

/// <summary>A store with no articles whose analysis is whatever <see cref="LoadAnalysis"/> does: the base of the server tests' fake stores.</summary>
internal abstract class AnalysisOnlyStore : IMarsadStore
{
    public abstract AnalysisSnapshot? LoadAnalysis();

    public virtual AnalysisSnapshot? LoadAnalysis(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        return LoadAnalysis();
    }

    /// <summary>Null: the store does not say, so the server reads the analysis for every request.</summary>
    public virtual long? AnalysisVersion() => null;

    public AddResult AddArticle(Marsad.Ingest.SourceDocument source, Marsad.Clean.Article article) => throw new NotSupportedException();
    public IReadOnlyList<string> Origins(string articleId) => [];
    public IReadOnlyList<Marsad.Clean.Article> LoadArticles() => [];
    public Marsad.Clean.Article? FindArticle(string id) => null;
    public Marsad.Ingest.SourceDocument? FindSource(string id) => null;
    public int CountArticles() => 0;
    public void SaveAnalysis(AnalysisSnapshot snapshot) => throw new NotSupportedException();
    public void Dispose()
    {
    }
}
