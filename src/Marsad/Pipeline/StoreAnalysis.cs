using System.Text.Json;
using Marsad.Store;

namespace Marsad.Pipeline;

/// <summary>
/// The analysis step over a store: annotate the articles that need it, merge every article's
/// annotation, save the result as one snapshot. A store that keeps annotations
/// (<see cref="IAnnotationStore"/>) is read page by page: an article whose annotation was made for its
/// content under the analyzer's <see cref="CorpusAnalyzer.AnnotationVersion"/> is not annotated again,
/// and no page's text layers outlive the page.
/// </summary>
public static class StoreAnalysis
{
    /// <summary>Articles read per query (and annotated in parallel) from a store that keeps annotations.</summary>
    private const int PageSize = 256;

    /// <summary>Analyses every stored article, saves the result in one transaction and returns it.</summary>
    /// <param name="store">The store whose articles are analysed and where the snapshot is saved.</param>
    /// <param name="analyzer">The analysis to run.</param>
    /// <param name="progress">Hears the number of articles annotated or read so far (out of <see cref="IMarsadStore.CountArticles"/>).</param>
    /// <param name="analyzedAt">When the analysis ran (default: now).</param>
    public static AnalysisSnapshot AnalyzeAndSave(
        IMarsadStore store, CorpusAnalyzer analyzer, IProgress<int>? progress = null, DateTimeOffset? analyzedAt = null) =>
        Run(store, analyzer, new StoreAnalysisRun { Progress = progress }, analyzedAt).Snapshot;

    /// <summary>As <see cref="AnalyzeAndSave"/>, with the run's settings; also says how many articles were annotated.</summary>
    internal static StoreAnalysisResult Run(IMarsadStore store, CorpusAnalyzer analyzer, StoreAnalysisRun run, DateTimeOffset? analyzedAt = null)
    {
        var (annotations, annotated) = store is IAnnotationStore kept ? Annotations(store, kept, analyzer, run) : Annotations(store, analyzer, run);
        var merged = StageTimings.Run(run.Timings, AnalysisStage.Merge, () => analyzer.Merge(annotations));
        var snapshot = new AnalysisSnapshot(
            analyzedAt ?? DateTimeOffset.UtcNow,
            annotations.Select((a, i) => new ArticleSummary(a.ArticleId, a.Url, a.Headline, a.Outlet, merged.Published[i].Interval, merged.Published[i].Evidence)).ToArray(),
            merged.Events)
        {
            Warnings = merged.Warnings,
        };
        var saving = System.Diagnostics.Stopwatch.StartNew();
        store.SaveAnalysis(snapshot);
        return new StoreAnalysisResult(snapshot, annotated, annotations.Count - annotated, saving.Elapsed);
    }

    /// <summary>Every article annotated, from a store that keeps no annotations.</summary>
    private static (IReadOnlyList<ArticleAnnotation>, int) Annotations(IMarsadStore store, CorpusAnalyzer analyzer, StoreAnalysisRun run)
    {
        var done = 0;
        var annotations = store.LoadArticles().AsParallel().AsOrdered()
            .Select(a =>
            {
                var annotation = analyzer.AnnotationOf(a, run.Timings);
                run.Progress?.Report(Interlocked.Increment(ref done));
                return annotation;
            })
            .ToArray();
        return (annotations, annotations.Length);
    }

    /// <summary>The stored annotations still valid, and new ones for the other articles (stored as each page is done).</summary>
    private static (IReadOnlyList<ArticleAnnotation>, int) Annotations(IMarsadStore store, IAnnotationStore kept, CorpusAnalyzer analyzer, StoreAnalysisRun run)
    {
        var version = analyzer.AnnotationVersion;
        var all = new List<ArticleAnnotation>();
        var annotated = 0;
        foreach (var page in kept.ArticlePages(run.Full ? null : version, PageSize))
        {
            var read = page.Select(Stored).ToArray();
            var fresh = page.Where((_, i) => read[i] is null).Select(p => p.Article ?? store.FindArticle(p.Id)).OfType<Clean.Article>()
                .AsParallel().AsOrdered().Select(a => analyzer.AnnotationOf(a, run.Timings)).ToArray();
            var hashes = page.ToDictionary(p => p.Id, p => p.ContentHash, StringComparer.Ordinal);
            kept.SaveAnnotations(version, fresh.Select(a => new AnnotationRow(a.ArticleId, hashes[a.ArticleId], AnnotationJson.Write(a))).ToArray());
            var byId = fresh.ToDictionary(a => a.ArticleId, StringComparer.Ordinal);
            all.AddRange(page.Select((p, i) => read[i] ?? byId.GetValueOrDefault(p.Id)).OfType<ArticleAnnotation>());
            annotated += fresh.Length;
            run.Progress?.Report(all.Count);
        }
        return (all, annotated);
    }

    /// <summary>The stored annotation, or null when there is none or it cannot be read (the article is then annotated again).</summary>
    private static ArticleAnnotation? Stored(StoredArticle article)
    {
        if (article.Annotation is null)
            return null;
        try
        {
            return AnnotationJson.Read(article.Annotation);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }
}

/// <summary>Settings of one analysis of a store.</summary>
internal sealed record StoreAnalysisRun
{
    /// <summary>Annotate every article again, whatever is stored (<c>analyze --full</c>).</summary>
    public bool Full { get; init; }

    /// <summary>Hears the number of articles annotated or read so far.</summary>
    public IProgress<int>? Progress { get; init; }

    /// <summary>Receives the time spent in each stage, when given.</summary>
    public StageTimings? Timings { get; init; }
}

/// <summary>What an analysis of a store saved, how many articles it annotated and read from the store, and how long saving took.</summary>
internal sealed record StoreAnalysisResult(AnalysisSnapshot Snapshot, int Annotated, int Reused, TimeSpan Saving);
