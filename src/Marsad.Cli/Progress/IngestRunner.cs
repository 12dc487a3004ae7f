using System.Diagnostics;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Store;
using Spectre.Console;

namespace Marsad.Cli.Progress;

/// <summary>
/// Ingests inputs with progress on standard error: files are read as the walk finds them, while a
/// second walk, which opens no file, counts them, so progress gets the real total as soon as the
/// listing is done (reading is far slower than listing); a bar on a terminal, lines otherwise; one
/// summary line at the end.
/// </summary>
/// <param name="streams">Where progress goes and what "-" reads.</param>
internal sealed class IngestRunner(CliStreams streams)
{
    /// <summary>Reads every input into the store and says how it went.</summary>
    public IReadOnlyList<IngestOutcome> Run(IMarsadStore store, IReadOnlyList<string> inputs)
    {
        var clock = Stopwatch.StartNew();
        using var stopCounting = new CancellationTokenSource();
        var token = stopCounting.Token;
        var counting = Task.Run(() => IngestService.Targets(inputs).TakeWhile(_ => !token.IsCancellationRequested).Count(), token);
        var read = 0;
        var targets = IngestService.Targets(inputs).Select(t =>
        {
            read++;
            return t;
        });
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
        try
        {
            outcomes = console is null
                ? WithLines(store, targets, reader, heard, counting, () => $"{stored} documents, {failed} failed", () => read)
                : WithBar(console, store, targets, reader, heard, counting, () => $"{stored} documents, {failed} failed");
        }
        finally
        {
            stopCounting.Cancel();
        }
        streams.Error.WriteLine($"ingest: {read} files, {outcomes.Count} documents: {Summary(outcomes)} ({ProgressLines.Seconds(clock.Elapsed)})");
        return outcomes;
    }

    private IReadOnlyList<IngestOutcome> WithLines(IMarsadStore store, IEnumerable<IngestTarget> targets, DocumentReader reader,
        IProgress<IngestOutcome> heard, Task<int> counting, Func<string> detail, Func<int> read)
    {
        var lines = new ProgressLines(streams.Error, "ingest", null, "files");
        var outcomes = IngestService.Ingest(store, targets, reader, streams.OpenInput, heard, new SynchronousProgress<int>(done =>
        {
            if (counting.IsCompletedSuccessfully)
                lines.Counted(counting.Result);
            lines.Report(done, detail());
        }));
        // Every file is read now: their number is the total, whatever the count walk saw.
        lines.Counted(read());
        lines.Report(read(), detail());
        return outcomes;
    }

    private IReadOnlyList<IngestOutcome> WithBar(IAnsiConsole console, IMarsadStore store, IEnumerable<IngestTarget> targets, DocumentReader reader,
        IProgress<IngestOutcome> heard, Task<int> counting, Func<string> detail)
    {
        IReadOnlyList<IngestOutcome> outcomes = [];
        console.Progress().AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("counting files", maxValue: 1);
                task.IsIndeterminate = true;
                outcomes = IngestService.Ingest(store, targets, reader, streams.OpenInput, heard, new SynchronousProgress<int>(done =>
                {
                    if (task.IsIndeterminate && counting.IsCompletedSuccessfully)
                    {
                        task.IsIndeterminate = false;
                        task.MaxValue = Math.Max(1, counting.Result);
                    }
                    task.Value = done;
                    task.Description = detail();
                }));
            });
        return outcomes;
    }

    /// <summary>"5 added, 0 already stored, 0 updated, 0 failed".</summary>
    public static string Summary(IReadOnlyList<IngestOutcome> outcomes) =>
        $"{Count(outcomes, IngestStatus.Added)} added, {Count(outcomes, IngestStatus.Duplicate)} already stored, " +
        $"{Count(outcomes, IngestStatus.Updated)} updated, {Count(outcomes, IngestStatus.Failed)} failed";

    private static int Count(IReadOnlyList<IngestOutcome> outcomes, IngestStatus status) => outcomes.Count(o => o.Status == status);
}
