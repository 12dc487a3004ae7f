using Marsad.Clean;
using Marsad.Ingest;
using Marsad.Store;

namespace Marsad.Bench.Scale;

/// <summary>
/// A store that reports a new analysis version when told (<see cref="Bump"/>) or on every ask
/// (<see cref="EveryRequest"/>): the server then reads the analysis again, which is how the bench
/// measures uncached requests without changing the server. Everything else goes to the real store.
/// </summary>
internal sealed class RereadingStore(IMarsadStore inner) : IMarsadStore
{
    private long _bumps;

    /// <summary>When set, every request finds a new version and reads the analysis.</summary>
    public bool EveryRequest { get; set; }

    /// <summary>Makes the next request find a new version, as after a saved analysis.</summary>
    public void Bump() => Interlocked.Increment(ref _bumps);

    public long? AnalysisVersion()
    {
        var bumps = EveryRequest ? Interlocked.Increment(ref _bumps) : Interlocked.Read(ref _bumps);
        return inner.AnalysisVersion() is { } version ? (version << 32) + bumps : null;
    }

    public AnalysisSnapshot? LoadAnalysis() => inner.LoadAnalysis();

    public AnalysisSnapshot? LoadAnalysis(CancellationToken cancellation) => inner.LoadAnalysis(cancellation);

    public AddResult AddArticle(SourceDocument source, Article article) => inner.AddArticle(source, article);

    public IReadOnlyList<string> Origins(string articleId) => inner.Origins(articleId);

    public IReadOnlyList<Article> LoadArticles() => inner.LoadArticles();

    public Article? FindArticle(string id) => inner.FindArticle(id);

    public SourceDocument? FindSource(string id) => inner.FindSource(id);

    public int CountArticles() => inner.CountArticles();

    public void SaveAnalysis(AnalysisSnapshot snapshot) => inner.SaveAnalysis(snapshot);

    public void Dispose() => inner.Dispose();
}
