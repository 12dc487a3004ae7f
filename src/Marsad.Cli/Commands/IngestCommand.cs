using System.ComponentModel;
using Marsad.Pipeline;
using Marsad.Store;
using Spectre.Console;
using Spectre.Console.Cli;
using PlainText = Spectre.Console.Text;

namespace Marsad.Cli.Commands;

/// <summary>Reads inputs into the store. Exit code 0: all read; 1: some inputs failed; 2: usage or store error.</summary>
public sealed class IngestCommand(IAnsiConsole console) : Command<IngestCommand.IngestSettings>
{
    private const int ProgressThreshold = 20;

    public sealed class IngestSettings : StoreSettings
    {
        [CommandArgument(0, "[inputs]")]
        [Description("Files, folders, globs, http(s) URLs, or - for standard input.")]
        public string[] Inputs { get; init; } = [];
    }

    public override int Execute(CommandContext context, IngestSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Inputs.Length == 0)
        {
            console.MarkupLine("[red]ingest needs at least one input[/] (a file, folder, glob, URL, or - for stdin)");
            return 2;
        }
        IMarsadStore store;
        try
        {
            store = settings.OpenStore();
        }
        catch (StoreException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return 2;
        }
        using (store)
        {
            var outcomes = settings.Inputs.Length > ProgressThreshold || !Console.IsOutputRedirected
                ? WithProgress(store, settings.Inputs)
                : IngestService.Ingest(store, settings.Inputs);
            WriteSummary(outcomes, store.CountArticles());
            return outcomes.Any(o => o.Failed) ? 1 : 0;
        }
    }

    private IReadOnlyList<IngestOutcome> WithProgress(IMarsadStore store, string[] inputs)
    {
        IReadOnlyList<IngestOutcome> outcomes = [];
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("ingesting", maxValue: inputs.Length);
                var done = 0;
                var failed = 0;
                var lastInput = (string?)null;
                var progress = new SynchronousProgress<IngestOutcome>(o =>
                {
                    done++;
                    failed += o.Failed ? 1 : 0;
                    // The bar counts inputs; a folder or feed may yield many documents.
                    if (lastInput is not null && !ReferenceEquals(lastInput, o.Input))
                        task.Increment(1);
                    lastInput = o.Input;
                    task.Description = $"{done} documents, {failed} failed";
                });
                outcomes = IngestService.Ingest(store, inputs, progress);
                task.Value = task.MaxValue;
            });
        return outcomes;
    }

    private void WriteSummary(IReadOnlyList<IngestOutcome> outcomes, int stored)
    {
        var counts = new Table().Border(TableBorder.Rounded).Title("ingest");
        counts.AddColumns("added", "duplicate", "updated", "failed", "articles in store");
        counts.AddRow(
            Count(outcomes, IngestStatus.Added), Count(outcomes, IngestStatus.Duplicate),
            Count(outcomes, IngestStatus.Updated), Count(outcomes, IngestStatus.Failed), stored.ToString());
        console.Write(counts);

        var notable = outcomes.Where(o => o.Status is IngestStatus.Failed or IngestStatus.Updated).ToArray();
        if (notable.Length == 0)
            return;
        var details = new Table().Border(TableBorder.Simple);
        details.AddColumns("input", "status", "reason");
        foreach (var o in notable)
            details.AddRow(
                new PlainText(o.Origin),
                new Markup(o.Failed ? "[red]failed[/]" : "[yellow]updated[/]"),
                new PlainText(o.Error ?? "content changed: stored article replaced"));
        console.Write(details);
    }

    private static string Count(IReadOnlyList<IngestOutcome> outcomes, IngestStatus status) =>
        outcomes.Count(o => o.Status == status).ToString();

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
