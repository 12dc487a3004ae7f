using Marsad.Actors;
using Marsad.Clean;
using Marsad.Events;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Pipeline;

/// <summary>
/// Runs the annotation and event stages over a corpus. Per article (independent, so in parallel):
/// text layer, temporal expressions, actors, publication interval, actors again with that interval
/// (so a bare title links to the office holder of the day), event mentions. Then, over the corpus:
/// merging into events, which may narrow publication intervals further.
/// </summary>
public sealed class CorpusAnalyzer(KnowledgeBase knowledgeBase, AnalysisOptions options)
{
    private readonly ActorRecognizer _actors = new(knowledgeBase);
    private readonly EventExtractor _events = new(knowledgeBase);

    public CorpusAnalysis Analyze(IReadOnlyList<Article> articles, IProgress<int>? progress = null)
    {
        var done = 0;
        var annotated = articles
            .AsParallel()
            .AsOrdered()
            .Select(a =>
            {
                var result = Annotate(a);
                progress?.Report(Interlocked.Increment(ref done));
                return result;
            })
            .ToArray();

        var merged = new EventMerger(options.AsOf).Merge(
            annotated.Select(a => new ArticleMentions(a.Analysis.Article.Id, a.Analysis.Events, a.Candidates)).ToArray());

        var final = annotated.Select(a =>
        {
            var id = a.Analysis.Article.Id;
            var days = merged.Publication[id];
            var extra = merged.PublicationEvidence[id];
            var published = extra.Count == 0
                ? a.Analysis.Published
                : new PublicationEstimate(days.Hull, [.. a.Analysis.Published.Evidence, .. extra]);
            var mentions = merged.Events.SelectMany(e => e.Mentions).Where(m => m.ArticleId == id).ToArray();
            return a.Analysis with { Published = published, Events = mentions };
        }).ToArray();
        return new CorpusAnalysis(final, merged.Events);
    }

    private sealed record Annotated(ArticleAnalysis Analysis, DaySet Candidates);

    private Annotated Annotate(Article article)
    {
        var text = TextLayer.Build(article.Text);
        var times = TemporalTagger.Tag(text);
        var actors = _actors.Recognize(text, article.PublishedMetadata);
        var constraints = PublicationDater.Constraints(article, text, times, actors, options.AsOf);
        var solution = PublicationDater.Solve(constraints, options.Earliest, options.AsOf);
        if (solution.Estimate.Interval is { } interval && interval != article.PublishedMetadata)
            actors = _actors.Recognize(text, interval);
        var mentions = _events.Extract(article.Id, text, actors, times);
        return new Annotated(new ArticleAnalysis(article, text, actors, times, solution.Estimate, mentions), solution.Candidates);
    }
}
