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
        IReadOnlyList<IngestOutcome> outcomes;
        var stored = 0;
        var failed = 0;
        var heard = new SynchronousProgress<IngestOutcome>(o =>
        {
            stored++;
            if (o.Failed)
                failed++;
        });
        var console = streams.ProgressConsole();
        if (console is null)
        {
            var lines = new ProgressLines(streams.Error, "ingest", targets.Count, "files");
            outcomes = IngestService.Ingest(store, targets, reader, streams.OpenInput, heard,
                new SynchronousProgress<int>(done => lines.Report(done, $"{stored} documents, {failed} failed")));
        }
        else
        {
            outcomes = [];
            console.Progress().AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask($"ingesting {targets.Count} files", maxValue: Math.Max(1, targets.Count));
                    outcomes = IngestService.Ingest(store, targets, reader, streams.OpenInput, heard, new SynchronousProgress<int>(done =>
                    {
                        task.Value = done;
                        task.Description = $"{stored} documents, {failed} failed";
                    }));
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
