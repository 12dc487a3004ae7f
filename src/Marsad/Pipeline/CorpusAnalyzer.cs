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
/// <param name="rules">The rule tables every stage reads.</param>
/// <param name="options">The as-of day and the earliest publication day.</param>
public sealed class CorpusAnalyzer(MarsadRules rules, AnalysisOptions options)
{
    private readonly ActorRecognizer _actors = new(rules.KnowledgeBase);
    private readonly EventExtractor _events = new(rules.KnowledgeBase, rules.Events);

    // Only an analysis of a store asks for it (it reads any overlay files again): not computed for the others.
    private readonly Lazy<string> _annotationVersion = new(() => Pipeline.AnnotationVersion.Of(rules, options));

    /// <summary>The shipped rules with <paramref name="knowledgeBase"/> as the knowledge base.</summary>
    /// <param name="knowledgeBase">The actors, their offices and the recognition rules.</param>
    /// <param name="options">The as-of day and the earliest publication day.</param>
    public CorpusAnalyzer(KnowledgeBase knowledgeBase, AnalysisOptions options)
        : this(MarsadRules.Shipped.WithKnowledgeBase(knowledgeBase), options)
    {
    }

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
                var result = AnnotateAlone(a, timings);
                progress?.Report(Interlocked.Increment(ref done));
                return result;
            })
            .ToArray();
        return StageTimings.Run(timings, AnalysisStage.Merge, () => Merge(annotated));
    }

    /// <summary>One article's analysis, and the part of it the merge reads (and the store keeps).</summary>
    private sealed record Annotated(ArticleAnalysis Analysis, ArticleAnnotation Annotation);

    /// <summary>
    /// The version of what makes this analyzer's annotations: the code and its shipped tables, the rule
    /// overlay, the knowledge base and the options. A stored annotation of another version is stale.
    /// </summary>
    public string AnnotationVersion => _annotationVersion.Value;

    /// <summary>One article's annotation, without its text layer: what the merge and the store need.</summary>
    internal ArticleAnnotation AnnotationOf(Article article, StageTimings? timings = null) => AnnotateAlone(article, timings).Annotation;

    /// <summary>
    /// One article's annotation; an article whose analysis fails is reported alone (a warning, no
    /// events) and never stops the others.
    /// </summary>
    private Annotated AnnotateAlone(Article article, StageTimings? timings)
    {
        try
        {
            return Annotate(article, timings);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var nothing = new ArticleAnalysis(article, TextLayer.Build(""), [], [], PublicationEstimate.Unknown, []);
            var warning = new AnalysisWarning(article.Id, "failed", $"analysis failed ({e.GetType().Name}: {e.Message}); the article gives no events");
            var undated = new PublicationSolution(PublicationEstimate.Unknown, DaySet.Range(options.Earliest, options.AsOf));
            return new Annotated(nothing, ArticleAnnotation.Of(article, undated, [], [warning]));
        }
    }

    private Annotated Annotate(Article article, StageTimings? timings)
    {
        T Stage<T>(AnalysisStage stage, Func<T> work) => StageTimings.Run(timings, stage, work);

        var text = Stage(AnalysisStage.Text, () => TextLayer.Build(article.Text));
        var times = Stage(AnalysisStage.Time, () => TemporalTagger.Tag(text, rules.Time));
        var windows = ArticleWindows.For(text, options.Budgets);
        var actors = Stage(AnalysisStage.Actors, () => Recognize(text, windows, article.PublishedMetadata));
        var solution = Stage(AnalysisStage.Publication, () => Date(article, text, windows, times, actors));
        if (solution.Estimate.Interval is { } interval && interval != article.PublishedMetadata)
            actors = Stage(AnalysisStage.Actors, () => Recognize(text, windows, interval));
        // The page's own dates date the page, never an event.
        var eventTimes = solution.PageDates.Count == 0 ? times : times.Where(t => !solution.PageDates.Contains(t)).ToArray();
        var mentions = Stage(AnalysisStage.Events, () => windows is null
            ? _events.Extract(article.Id, text, actors, eventTimes)
            : windows.Extract(_events, article.Id, actors, eventTimes));
        IReadOnlyList<AnalysisWarning> warnings = windows is null ? [] :
        [
            new AnalysisWarning(article.Id, nameof(AnalysisBudgets.WindowChars),
                $"{text.Text.Length:N0} characters: read in {windows.Count} windows of at most {options.Budgets.WindowChars:N0} characters " +
                "(actors and events window by window, the publication date from the first)"),
        ];
        return new Annotated(new ArticleAnalysis(article, text, actors, times, solution.Estimate, mentions), ArticleAnnotation.Of(article, solution, mentions, warnings));
    }

    private IReadOnlyList<ActorMention> Recognize(TextLayer text, ArticleWindows? windows, DateInterval? date) =>
        windows is null ? _actors.Recognize(text, date) : windows.Recognize(layer => _actors.Recognize(layer, date));

    /// <summary>The publication interval; a long article's is read from its first window.</summary>
    private PublicationSolution Date(Article article, TextLayer text, ArticleWindows? windows, IReadOnlyList<TemporalMention> times, IReadOnlyList<ActorMention> actors)
    {
        var (layer, ownTimes, ownActors) = windows is null ? (text, times, actors) : windows.First(times, actors);
        return PublicationDater.Solve(PublicationDater.Constraints(article, layer, ownTimes, ownActors, options.AsOf, rules.Time), options.Earliest, options.AsOf);
    }

    /// <summary>Merges the mentions of every article into events, then gives each article what the merge learnt.</summary>
    private CorpusAnalysis Merge(Annotated[] annotated)
    {
        var merged = Merge(annotated.Select(a => a.Annotation).ToArray());
        var final = annotated.Select((a, i) => a.Analysis with { Published = merged.Published[i], Events = merged.MentionsOf(a.Annotation.ArticleId) }).ToArray();
        return new CorpusAnalysis(final, merged.Events) { Warnings = merged.Warnings };
    }

    /// <summary>Merges the mentions of the annotated articles into events; each article's publication as the merge narrowed it.</summary>
    internal AnnotationMerge Merge(IReadOnlyList<ArticleAnnotation> annotations)
    {
        var budgets = options.Budgets;
        var merged = new EventMerger(options.AsOf, rules.Events, new MergeBudget(budgets.ClusterMentions, budgets.MergeWork, budgets.ArticleClusters)).Merge(
            annotations.Select(a => new ArticleMentions(a.ArticleId, WithLatestPosting(a), a.Writing)).ToArray());
        // Each article's merged mentions, in event order: looked up per article, not searched for in every event.
        var mentions = merged.Events.SelectMany(e => e.Mentions).ToLookup(m => m.ArticleId, StringComparer.Ordinal);
        var warnings = annotations.SelectMany(a => a.Warnings)
            .Concat(merged.BudgetsReached.Select(r => new AnalysisWarning(r.ArticleId, r.Budget, r.Message)))
            .OrderBy(w => w.ArticleId, StringComparer.Ordinal)
            .ToArray();
        return new AnnotationMerge(merged.Events, annotations.Select(a => Narrowed(a, merged)).ToArray(), id => mentions[id].ToArray(), warnings);
    }

    /// <summary>An article's mentions, each knowing the latest day its page may have been posted after its body was written.</summary>
    private static IReadOnlyList<EventMention> WithLatestPosting(ArticleAnnotation annotation) =>
        annotation is { Lag: > 0, Published.Interval: { } posted }
            ? annotation.Mentions.Select(m => m with { LatestPosting = posted.To }).ToArray()
            : annotation.Mentions;

    /// <summary>The article's publication narrowed by what the merge learnt of its writing days.</summary>

    private static PublicationEstimate Narrowed(ArticleAnnotation annotation, MergeResult merged)
    {
        var extra = merged.PublicationEvidence[annotation.ArticleId];
        return extra.Count == 0
            ? annotation.Published
            : new PublicationEstimate(annotation.PublishedFor(merged.Publication[annotation.ArticleId]), [.. annotation.Published.Evidence, .. extra]);
    }
}

/// <summary>What merging annotated articles gives.</summary>
/// <param name="Events">The merged events.</param>
/// <param name="Published">Each article's publication as the merge narrowed it, in the order of the annotations.</param>
/// <param name="MentionsOf">An article's mentions as merged, in event order.</param>
/// <param name="Warnings">The articles' warnings and the merge's budgets reached, by article id.</param>
internal sealed record AnnotationMerge(
    IReadOnlyList<Event> Events,
    IReadOnlyList<PublicationEstimate> Published,
    Func<string, IReadOnlyList<EventMention>> MentionsOf,
    IReadOnlyList<AnalysisWarning> Warnings);
