using System.ComponentModel;
using Marsad.Cli.Progress;
using Marsad.Cli.Terminal;
using Marsad.Export;
using Marsad.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>The main job: ingest, analyse, print the timeline (progress and summaries on standard error).</summary>
public sealed class RunCommand(IAnsiConsole console, CliStreams streams) : Command<RunCommand.RunSettings>
{
    /// <summary>The options of run.</summary>
    public sealed class RunSettings : AnalysisSettings
    {
        private readonly string[] _inputs = [];

        /// <summary>What to read.</summary>
        [CommandArgument(0, "[INPUTS]")]
        [Description("Files, folders, globs, URLs or - (stdin). Default: the bundled sample corpus.")]
        public string[] Inputs { get => _inputs; init => _inputs = value.Select(CliArguments.Restore).ToArray(); }

        /// <summary>--out.</summary>
        [CommandOption("--out <FILE>")]
        [Description("Also write the exchange JSON export to this file.")]
        public string? Out { get; init; }

        /// <summary>--json.</summary>
        [CommandOption("--json")]
        [Description("Print the exchange JSON on standard output instead of the timeline table.")]
        public bool Json { get; init; }

        /// <inheritdoc/>
        public override ValidationResult Validate() =>
            CliValues.OutputError("--out", Out) is { } error ? ValidationResult.Error(error) : base.Validate();
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var inputs = settings.Inputs.Length > 0 ? settings.Inputs : [Samples.Folder()];
        using var store = settings.OpenStore();
        var outcomes = new IngestRunner(streams).Run(store, inputs);
        var failed = outcomes.Where(o => o.Failed).ToArray();
        foreach (var f in failed)
            streams.Error.WriteLine($"  skipped {f.Origin}: {f.Error}");
        foreach (var o in outcomes.Where(o => o.Warnings.Count > 0))
            streams.Error.WriteLine($"  warning {o.Origin}: {string.Join("; ", o.Warnings)}");

        var snapshot = settings.AnalyzeStore(store, streams);
        streams.Error.WriteLine(Rendering.AnalysisSummary(snapshot));
        if (settings.Out is { } path)
        {
            File.WriteAllText(path, ExchangeJson.Write(snapshot), ExchangeJson.Utf8NoBom);
            streams.Error.WriteLine($"wrote {path}");
        }
        if (settings.Json)
            streams.Out.Write(ExchangeJson.Write(snapshot));
        else
            Rendering.TimelineTable(console, snapshot, TimelineQuery.All, Names.Arabic);
        return failed.Length == 0 ? ExitCodes.Success : ExitCodes.Failed;
    }
}
