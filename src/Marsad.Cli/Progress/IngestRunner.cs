using System.Diagnostics;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Store;
using Spectre.Console;

namespace Marsad.Cli.Progress;

/// <summary>
/// Ingests inputs with progress on standard error: the inputs are expanded first, so the total is
/// the real number of files; a bar on a terminal, lines otherwise; one summary line at the end.
/// </summary>
/// <param name="streams">Where progress goes and what "-" reads.</param>
internal sealed class IngestRunner(CliStreams streams)
{
    /// <summary>Reads every input into the store and says how it went.</summary>
    public IReadOnlyList<IngestOutcome> Run(IMarsadStore store, IReadOnlyList<string> inputs)
    {
        var clock = Stopwatch.StartNew();
        var targets = IngestService.Plan(inputs);
        var reader = new DocumentReader();
        var outcomes = new List<IngestOutcome>();
        var console = streams.ProgressConsole();
        if (console is null)
        {
            var lines = new ProgressLines(streams.Error, "ingest", targets.Count, "files");
            for (var i = 0; i < targets.Count; i++)
            {
                outcomes.AddRange(IngestService.Ingest(store, targets[i], reader, streams.OpenInput));
                lines.Report(i + 1, $"{outcomes.Count} documents, {outcomes.Count(o => o.Failed)} failed");
            }
        }
        else
        {
            console.Progress().AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask($"ingesting {targets.Count} files", maxValue: Math.Max(1, targets.Count));
                    foreach (var target in targets)
                    {
                        outcomes.AddRange(IngestService.Ingest(store, target, reader, streams.OpenInput));
                        task.Increment(1);
                        task.Description = $"{outcomes.Count} documents, {outcomes.Count(o => o.Failed)} failed";
                    }
                });
        }
        streams.Error.WriteLine($"ingest: {targets.Count} files, {outcomes.Count} documents: {Summary(outcomes)} ({ProgressLines.Seconds(clock.Elapsed)})");
        return outcomes;
    }

    /// <summary>"5 added, 0 already stored, 0 updated, 0 failed".</summary>
    public static string Summary(IReadOnlyList<IngestOutcome> outcomes) =>
        $"{Count(outcomes, IngestStatus.Added)} added, {Count(outcomes, IngestStatus.Duplicate)} already stored, " +
        $"{Count(outcomes, IngestStatus.Updated)} updated, {Count(outcomes, IngestStatus.Failed)} failed";

    private static int Count(IReadOnlyList<IngestOutcome> outcomes, IngestStatus status) => outcomes.Count(o => o.Status == status);
}
