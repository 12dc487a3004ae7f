using Marsad.Store;

namespace Marsad.Pipeline;

/// <summary>The analysis step over a store: analyse every stored article and save the result as one snapshot.</summary>
public static class StoreAnalysis
{
    /// <summary>Analyses every stored article, saves the result in one transaction and returns it.</summary>
    /// <param name="store">The store whose articles are analysed and where the snapshot is saved.</param>
    /// <param name="analyzer">The analysis to run.</param>
    /// <param name="progress">Hears the number of articles annotated so far (out of <see cref="IMarsadStore.CountArticles"/>).</param>
    /// <param name="analyzedAt">When the analysis ran (default: now).</param>
    public static AnalysisSnapshot AnalyzeAndSave(
        IMarsadStore store, CorpusAnalyzer analyzer, IProgress<int>? progress = null, DateTimeOffset? analyzedAt = null)
    {
        var analysis = analyzer.Analyze(store.LoadArticles(), progress);
        var snapshot = AnalysisSnapshot.From(analysis, analyzedAt ?? DateTimeOffset.UtcNow);
        store.SaveAnalysis(snapshot);
        return snapshot;
    }
}
