using System.Diagnostics;
using Marsad.Clean;
using Marsad.Pipeline;
using Marsad.Store;
using Spectre.Console;

namespace Marsad.Cli.Progress;

/// <summary>
/// Analyses the store with progress on standard error: the articles annotated out of the real
/// total (a bar on a terminal that turns to "merging" when annotation is done, lines otherwise),
/// then one line per stage with its time, merging and saving included.
/// </summary>
/// <param name="streams">Where progress goes.</param>
internal sealed class AnalysisRunner(CliStreams streams)
{
    /// <summary>Analyses every stored article, saves the snapshot in one transaction and returns it.</summary>
    public AnalysisSnapshot Run(IMarsadStore store, CorpusAnalyzer analyzer, AnalysisOptions options)
    {
        var clock = Stopwatch.StartNew();
        var articles = store.LoadArticles();
        streams.Error.WriteLine($"analyse: {articles.Count} articles, as of {options.AsOf:yyyy-MM-dd}");
        var timings = new StageTimings();
        var analysis = Analyze(analyzer, articles, timings);
        var snapshot = AnalysisSnapshot.From(analysis, DateTimeOffset.UtcNow);
        var saving = Stopwatch.StartNew();
        store.SaveAnalysis(snapshot);
        WriteStages(timings, analysis, saving.Elapsed);
        streams.Error.WriteLine($"analysed {articles.Count} articles into {snapshot.Events.Count} events in {ProgressLines.Seconds(clock.Elapsed)}");
        return snapshot;
    }

    private CorpusAnalysis Analyze(CorpusAnalyzer analyzer, IReadOnlyList<Article> articles, StageTimings timings)
    {
        var console = streams.ProgressConsole();
        if (console is null)
        {
            var lines = new ProgressLines(streams.Error, "annotate", articles.Count, "articles");
            return analyzer.Analyze(articles, new SynchronousProgress<int>(n => lines.Report(n)), timings);
        }
        CorpusAnalysis analysis = null!;
        console.Progress().AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"annotating {articles.Count} articles", maxValue: Math.Max(1, articles.Count));
                var progress = new SynchronousProgress<int>(n =>
                {
                    task.Value = n;
                    if (n != articles.Count)
                        return;
                    // Annotation is done; the merge has no count to show, only that it is running.
                    task.Description = "merging across articles";
                    task.IsIndeterminate = true;
                });
                analysis = analyzer.Analyze(articles, progress, timings);
            });
        return analysis;
    }

    private void WriteStages(StageTimings timings, CorpusAnalysis analysis, TimeSpan saving)
    {
        var mentions = analysis.Events.Sum(e => e.Mentions.Count);
        streams.Error.WriteLine("  stage            time  (the per-article stages, text to events, summed over parallel workers)");
        foreach (var (stage, elapsed) in timings.All)
        {
            var note = stage == AnalysisStage.Merge ? $"  {mentions} mentions -> {analysis.Events.Count} events" : "";
            streams.Error.WriteLine($"  {stage.ToString().ToLowerInvariant(),-12} {ProgressLines.Seconds(elapsed),8}{note}");
        }
        streams.Error.WriteLine($"  {"save",-12} {ProgressLines.Seconds(saving),8}  {analysis.Articles.Count} articles, {analysis.Events.Count} events");
    }
}
