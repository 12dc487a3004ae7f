using Marsad.Actors;
using Marsad.Clean;
using Marsad.Evaluation;
using Marsad.Export;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Store;

namespace Marsad.Tests.Pipeline;

/// <summary>
/// The corpora the tests score: the bundled seeds and development set (always present) and the
/// real development articles of ../shared (when present). Each is analysed once per test run.
/// </summary>
public static class Corpora
{
    /// <summary>The day the seed and dev corpora count as collected (bounds undated articles).</summary>
    public static readonly DateOnly SamplesCollectedOn = new(2026, 11, 28);

    /// <summary>The as-of day the real-press figures are measured with (the issues' command lines).</summary>
    public static readonly DateOnly RealDevAsOf = new(2026, 12, 1);

    private static readonly Lazy<CorpusAnalysis> SeedAnalysis = new(() => Analyze(SamplePath("seeds", "*.txt"), SamplesCollectedOn));
    private static readonly Lazy<CorpusAnalysis> DevAnalysis = new(() => Analyze(SamplePath("dev", "*.txt"), SamplesCollectedOn));
    private static readonly Lazy<CorpusAnalysis> RealDevAnalysis = new(() =>
        Analyze(Path.Combine(TestEnvironment.SharedFile("corpus", "real-dev"), "*.txt"), RealDevAsOf));

    public static CorpusAnalysis Seeds => SeedAnalysis.Value;
    public static CorpusAnalysis Dev => DevAnalysis.Value;
    public static CorpusAnalysis RealDev => RealDevAnalysis.Value;

    public static string SeedGold => SamplePath("gold", "seeds.gold.json");
    public static string DevGold => SamplePath("gold", "dev.gold.json");
    public static string RealDevGold => TestEnvironment.SharedFile("corpus", "real-dev", "gold.json");

    public static string SamplePath(params string[] parts) => Path.Combine([TestEnvironment.Repository, "samples", .. parts]);

    public static CorpusAnalysis Analyze(string glob, DateOnly asOf)
    {
        var articles = new DocumentReader().Read([glob])
            .Select(item => ArticleCleaner.Clean(item.Document ?? throw new InvalidOperationException(item.Error)))
            .ToArray();
        Assert.NotEmpty(articles);
        return new CorpusAnalyzer(KnowledgeBase.Default, AnalysisOptions.Default with { AsOf = asOf }).Analyze(articles);
    }

    /// <summary>The exchange JSON of an analysis, as `marsad export` writes it (fixed analysis time).</summary>
    public static string Export(CorpusAnalysis analysis) => ExchangeJson.Write(AnalysisSnapshot.From(analysis, DateTimeOffset.UnixEpoch));

    /// <summary>The project's own scorer on an analysis against a gold file.</summary>
    public static Scorecard Score(CorpusAnalysis analysis, string goldPath) =>
        ExchangeScorer.Score(ScoredDocument.Load(goldPath), ScoredDocument.Parse(Export(analysis)));
}
