using System.ComponentModel;
using Marsad.Cli.Progress;
using Marsad.Cli.Terminal;
using Marsad.Pipeline;
using Marsad.Store;
using Spectre.Console;
using Spectre.Console.Cli;
using PlainText = Spectre.Console.Text;

namespace Marsad.Cli.Commands;

/// <summary>Reads inputs into the store. Exit code 0: all read; 1: some inputs failed; 2: usage or store error.</summary>
public sealed class IngestCommand(IAnsiConsole console, CliStreams streams) : Command<IngestCommand.IngestSettings>
{
    /// <summary>The options of ingest.</summary>
    public sealed class IngestSettings : StoreSettings
    {
        private readonly string[] _inputs = [];

        /// <summary>What to read.</summary>
        [CommandArgument(0, "[inputs]")]
        [Description("Files, folders, globs, http(s) URLs, or - for standard input.")]
        public string[] Inputs { get => _inputs; init => _inputs = value.Select(CliArguments.Restore).ToArray(); }

        /// <summary>--json.</summary>
        [CommandOption("--json")]
        [Description("Print what happened to each document as JSON instead of tables.")]
        public bool Json { get; init; }

        /// <inheritdoc/>
        public override ValidationResult Validate() =>
            Inputs.Length == 0
                ? ValidationResult.Error("ingest needs at least one input (a file, folder, glob, URL, or - for stdin)")
                : base.Validate();
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, IngestSettings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenStore();
        var outcomes = new IngestRunner(streams).Run(store, settings.Inputs);
        var stored = store.CountArticles();
        if (settings.Json)
            CliJson.Write(streams.Out, Json(outcomes, stored));
        else
            WriteTables(outcomes, stored);
        return outcomes.Any(o => o.Failed) ? ExitCodes.Failed : ExitCodes.Success;
    }

    private static object Json(IReadOnlyList<IngestOutcome> outcomes, int stored) => new
    {
        added = Count(outcomes, IngestStatus.Added),
        already_stored = Count(outcomes, IngestStatus.Duplicate),
        updated = Count(outcomes, IngestStatus.Updated),
        failed = Count(outcomes, IngestStatus.Failed),
        articles_in_store = stored,
        documents = outcomes.Select(o => new { o.Input, o.Origin, o.DocumentId, o.Status, o.Error }),
    };

    private void WriteTables(IReadOnlyList<IngestOutcome> outcomes, int stored)
    {
        var counts = new Table().Border(TableBorder.Rounded).Title("ingest");
        counts.AddColumns("added", "duplicate", "updated", "failed", "articles in store");
        counts.AddRow(
            Count(outcomes, IngestStatus.Added).ToString(), Count(outcomes, IngestStatus.Duplicate).ToString(),
            Count(outcomes, IngestStatus.Updated).ToString(), Count(outcomes, IngestStatus.Failed).ToString(), stored.ToString());
        console.WriteIsolated(counts);

        var notable = outcomes.Where(o => o.Status is IngestStatus.Failed or IngestStatus.Updated || o.Warnings.Count > 0).ToArray();
        if (notable.Length == 0)
            return;
        var details = new Table().Border(TableBorder.Simple);
        details.AddColumn(new TableColumn("input").NoWrap()).AddColumns("status", "reason");
        foreach (var o in notable)
            details.AddRow(
                new PlainText(o.Origin),
                new Markup(o.Failed ? "[red]failed[/]" : o.Status == IngestStatus.Updated ? "[yellow]updated[/]" : "[yellow]warning[/]"),
                new PlainText(string.Join("; ", new[] { o.Error ?? (o.Status == IngestStatus.Updated ? "content changed: stored article replaced" : null) }
                    .Concat(o.Warnings).OfType<string>())));
        console.WriteIsolated(details);
    }

    private static int Count(IReadOnlyList<IngestOutcome> outcomes, IngestStatus status) => outcomes.Count(o => o.Status == status);
}
