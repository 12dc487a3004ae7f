using System.Diagnostics;
using Marsad.Pipeline;
using Marsad.Store;
using Spectre.Console;

namespace Marsad.Cli.Progress;

/// <summary>
/// Analyses the store with progress on standard error: the articles annotated (or read from the
/// store) out of the real total (a bar on a terminal that turns to "merging" when annotation is
/// done, lines otherwise), then one line per stage with its time, merging and saving included.
/// </summary>
/// <param name="streams">Where progress goes.</param>
internal sealed class AnalysisRunner(CliStreams streams)
{
    /// <summary>Analyses every stored article, saves the snapshot in one transaction and returns it.</summary>
    /// <param name="store">The store.</param>
    /// <param name="analyzer">The analysis.</param>
    /// <param name="options">Its options (for the first line).</param>
    /// <param name="full">Annotate every article again, whatever annotations the store keeps.</param>
    public AnalysisSnapshot Run(IMarsadStore store, CorpusAnalyzer analyzer, AnalysisOptions options, bool full)
    {
        var clock = Stopwatch.StartNew();
        var count = store.CountArticles();
        streams.Error.WriteLine($"analyse: {count} articles, as of {options.AsOf:yyyy-MM-dd}");
        var timings = new StageTimings();
        var result = Analyze(store, analyzer, new StoreAnalysisRun { Full = full, Timings = timings }, count);
        WriteStages(timings, result);
        streams.Error.WriteLine($"analysed {count} articles into {result.Snapshot.Events.Count} events in {ProgressLines.Seconds(clock.Elapsed)}");
        return result.Snapshot;
    }

    private StoreAnalysisResult Analyze(IMarsadStore store, CorpusAnalyzer analyzer, StoreAnalysisRun run, int count)
    {
        var console = streams.ProgressConsole();
        if (console is null)
        {
            var lines = new ProgressLines(streams.Error, "annotate", count, "articles");
            return StoreAnalysis.Run(store, analyzer, run with { Progress = new SynchronousProgress<int>(n => lines.Report(n)) });
        }
        StoreAnalysisResult result = null!;
        console.Progress().AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"annotating {count} articles", maxValue: Math.Max(1, count));
                var progress = new SynchronousProgress<int>(n =>
                {
                    task.Value = n;
                    if (n != count)
                        return;
                    // Annotation is done; the merge has no count to show, only that it is running.
                    task.Description = "merging across articles";
                    task.IsIndeterminate = true;
                });
                result = StoreAnalysis.Run(store, analyzer, run with { Progress = progress });
            });
        return result;
    }

    private void WriteStages(StageTimings timings, StoreAnalysisResult result)
    {
        var snapshot = result.Snapshot;
        var mentions = snapshot.Events.Sum(e => e.Mentions.Count);
        streams.Error.WriteLine($"  annotations: {result.Annotated} articles annotated, {result.Reused} read from the store (made for their content by these rules)");
        streams.Error.WriteLine("  stage            time  (the per-article stages, text to events, summed over parallel workers)");
        foreach (var (stage, elapsed) in timings.All)
        {
            var note = stage == AnalysisStage.Merge ? $"  {mentions} mentions -> {snapshot.Events.Count} events" : "";
            streams.Error.WriteLine($"  {stage.ToString().ToLowerInvariant(),-12} {ProgressLines.Seconds(elapsed),8}{note}");
        }
        streams.Error.WriteLine($"  {"save",-12} {ProgressLines.Seconds(result.Saving),8}  {snapshot.Articles.Count} articles, {snapshot.Events.Count} events");
    }
}
