using Marsad.Actors;
using Marsad.Clean;
using Marsad.Export;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Store;

namespace Marsad.Tests.Pipeline;

/// <summary>CorpusAnalyzer's named stages: timing them is optional and changes nothing.</summary>
public sealed class StageTimingsTests
{
    private static readonly AnalysisOptions Options = new(new DateOnly(2026, 12, 1), new DateOnly(2000, 1, 1));

    private static IReadOnlyList<Article> Seeds() =>
        new DocumentReader().Read([Path.Combine(AppContext.BaseDirectory, "samples", "seeds")])
            .Select(item => ArticleCleaner.Clean(item.Document!))
            .ToArray();

    [Fact]
    public void Every_stage_is_timed_and_the_analysis_is_the_same_as_without_timings()
    {
        var articles = Seeds();
        var analyzer = new CorpusAnalyzer(KnowledgeBase.Default, Options);
        var timings = new StageTimings();

        var timed = analyzer.Analyze(articles, null, timings);
        var plain = analyzer.Analyze(articles);

        var at = DateTimeOffset.UnixEpoch;
        Assert.Equal(ExchangeJson.Write(AnalysisSnapshot.From(plain, at)), ExchangeJson.Write(AnalysisSnapshot.From(timed, at)));
        Assert.Equal(Enum.GetValues<AnalysisStage>(), timings.All.Select(s => s.Stage));
        Assert.All(timings.All, s => Assert.True(s.Elapsed > TimeSpan.Zero, $"{s.Stage} was not timed"));
    }
}
