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
/// <param name="knowledgeBase">The actors, their offices and the recognition rules.</param>
/// <param name="options">The as-of day and the earliest publication day.</param>
public sealed class CorpusAnalyzer(KnowledgeBase knowledgeBase, AnalysisOptions options)
{
    private readonly ActorRecognizer _actors = new(knowledgeBase);
    private readonly EventExtractor _events = new(knowledgeBase);

    /// <summary>Analyses the articles: each one on its own (in parallel), then all of them together (the merge).</summary>
    /// <param name="articles">The cleaned articles.</param>
    /// <param name="progress">Hears the number of articles annotated so far.</param>
    public CorpusAnalysis Analyze(IReadOnlyList<Article> articles, IProgress<int>? progress = null) => Analyze(articles, progress, null);

    /// <summary>As the public overload; <paramref name="timings"/>, when given, receives the time spent in each <see cref="AnalysisStage"/>.</summary>
    internal CorpusAnalysis Analyze(IReadOnlyList<Article> articles, IProgress<int>? progress, StageTimings? timings)
    {
        var done = 0;
        var annotated = articles
            .AsParallel()
            .AsOrdered()
            .Select(a =>
            {
                var result = Annotate(a, timings);
                progress?.Report(Interlocked.Increment(ref done));
                return result;
            })
            .ToArray();
        return StageTimings.Run(timings, AnalysisStage.Merge, () => Merge(annotated));
    }

    private sealed record Annotated(ArticleAnalysis Analysis, PublicationSolution Solution);

    private Annotated Annotate(Article article, StageTimings? timings)
    {
        T Stage<T>(AnalysisStage stage, Func<T> work) => StageTimings.Run(timings, stage, work);

        var text = Stage(AnalysisStage.Text, () => TextLayer.Build(article.Text));
        var times = Stage(AnalysisStage.Time, () => TemporalTagger.Tag(text));
        var actors = Stage(AnalysisStage.Actors, () => _actors.Recognize(text, article.PublishedMetadata));
        var solution = Stage(AnalysisStage.Publication, () => PublicationDater.Solve(
            PublicationDater.Constraints(article, text, times, actors, options.AsOf), options.Earliest, options.AsOf));
        if (solution.Estimate.Interval is { } interval && interval != article.PublishedMetadata)
            actors = Stage(AnalysisStage.Actors, () => _actors.Recognize(text, interval));
        // The page's own dates date the page, never an event.
        var eventTimes = solution.PageDates.Count == 0 ? times : times.Where(t => !solution.PageDates.Contains(t)).ToArray();
        var mentions = Stage(AnalysisStage.Events, () => _events.Extract(article.Id, text, actors, eventTimes));
        return new Annotated(new ArticleAnalysis(article, text, actors, times, solution.Estimate, mentions), solution);
    }

    /// <summary>Merges the mentions of every article into events, then gives each article what the merge learnt.</summary>
    private CorpusAnalysis Merge(Annotated[] annotated)
    {
        var merged = new EventMerger(options.AsOf).Merge(
            annotated.Select(a => new ArticleMentions(a.Analysis.Article.Id, a.Analysis.Events, a.Solution.Candidates)).ToArray());
        var final = annotated.Select(a => WithMergeResult(a, merged)).ToArray();
        return new CorpusAnalysis(final, merged.Events);
    }

    /// <summary>The article with its publication narrowed by the merge and its mentions as merged.</summary>
    private static ArticleAnalysis WithMergeResult(Annotated annotated, MergeResult merged)
    {
        var analysis = annotated.Analysis;
        var id = analysis.Article.Id;
        var days = merged.Publication[id];
        var extra = merged.PublicationEvidence[id];
        var published = extra.Count == 0
            ? analysis.Published
            : new PublicationEstimate(annotated.Solution.Published(days), [.. analysis.Published.Evidence, .. extra]);
        var mentions = merged.Events.SelectMany(e => e.Mentions).Where(m => m.ArticleId == id).ToArray();
        return analysis with { Published = published, Events = mentions };
    }
}
