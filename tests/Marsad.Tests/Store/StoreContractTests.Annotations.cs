using Marsad.Actors;
using Marsad.Clean;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Store;

namespace Marsad.Tests.Store;

/// <summary>Annotations kept between analyses: read back only for the same content and version, giving the same snapshot.</summary>
public abstract partial class StoreContractTests
{
    private static readonly DateOnly SeedsAsOf = new(2026, 11, 28);

    private static CorpusAnalyzer AnalyzerAsOf(DateOnly asOf) => new(KnowledgeBase.Default, AnalysisOptions.Default with { AsOf = asOf });

    private static string EventsJson(AnalysisSnapshot s) => StoreJson.Write(s.Events) + StoreJson.Write(s.Articles.Select(a => (a.Id, a.Published, StoreJson.WriteEvidence(a.PublishedEvidence))).ToArray());

    private static void AddSeeds(IMarsadStore store)
    {
        foreach (var item in new DocumentReader().Read([Path.Combine(SeedsFolder, "*.txt")]))
        {
            var source = item.Document ?? throw new InvalidOperationException(item.Error);
            store.AddArticle(source, ArticleCleaner.Clean(source));
        }
    }

    /// <summary>The seeds stored and analysed once (as of <see cref="SeedsAsOf"/>), every annotation made and kept.</summary>
    private static StoreAnalysisResult SeedsAnalysedOnce(IMarsadStore store)
    {
        AddSeeds(store);
        return StoreAnalysis.Run(store, AnalyzerAsOf(SeedsAsOf), new StoreAnalysisRun());
    }

    [StoreFact]
    public void A_second_analysis_reads_every_annotation_back_and_saves_the_same_events()
    {
        using var store = OpenStore();
        var asOf = SeedsAsOf;
        var first = SeedsAnalysedOnce(store);
        var second = StoreAnalysis.Run(store, AnalyzerAsOf(asOf), new StoreAnalysisRun());

        Assert.Equal((5, 0), (first.Annotated, first.Reused));
        Assert.Equal((0, 5), (second.Annotated, second.Reused));
        Assert.NotEmpty(second.Snapshot.Events);
        Assert.Equal(EventsJson(first.Snapshot), EventsJson(second.Snapshot));
    }

    [StoreFact]
    public void Changed_content_another_as_of_day_or_full_annotate_again()
    {
        using var store = OpenStore();
        var asOf = SeedsAsOf;
        SeedsAnalysedOnce(store);
        var (source, article) = Doc("seed-extra", "بحث وزير الخارجية السوري مع نظيره الروسي العلاقات الثنائية.");
        store.AddArticle(source, article);
        var changed = store.LoadArticles()[0];
        store.AddArticle(new SourceDocument(changed.Id, "txt", "/in/" + changed.Id, changed.Headline, changed.Text + "\nسطر أخير.", null, null, null, "changed-hash"),
            changed with { Text = changed.Text + "\nسطر أخير.", ContentHash = "changed-hash" });

        Assert.Equal(2, StoreAnalysis.Run(store, AnalyzerAsOf(asOf), new StoreAnalysisRun()).Annotated);
        Assert.Equal(6, StoreAnalysis.Run(store, AnalyzerAsOf(asOf.AddDays(1)), new StoreAnalysisRun()).Annotated);
        Assert.Equal(6, StoreAnalysis.Run(store, AnalyzerAsOf(asOf.AddDays(1)), new StoreAnalysisRun { Full = true }).Annotated);
        Assert.Equal(0, StoreAnalysis.Run(store, AnalyzerAsOf(asOf.AddDays(1)), new StoreAnalysisRun()).Annotated);
    }

    [StoreFact]
    public void An_unreadable_stored_annotation_is_annotated_again()
    {
        using var store = OpenStore();
        var asOf = SeedsAsOf;
        var first = SeedsAnalysedOnce(store);
        ExecuteRaw("UPDATE annotations SET json = '{\"broken\": ' WHERE article_id = (SELECT MIN(article_id) FROM annotations)");

        var again = StoreAnalysis.Run(store, AnalyzerAsOf(asOf), new StoreAnalysisRun());

        Assert.Equal((1, 4), (again.Annotated, again.Reused));
        Assert.Equal(EventsJson(first.Snapshot), EventsJson(again.Snapshot));
    }
}
