using System.ComponentModel;
using Marsad.Export;
using Marsad.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>The main job: ingest, analyse, print the timeline.</summary>
public sealed class RunCommand(IAnsiConsole console, CliStreams streams) : Command<RunCommand.RunSettings>
{
    public sealed class RunSettings : AnalysisSettings
    {
        [CommandArgument(0, "[INPUTS]")]
        [Description("Files, folders, globs, URLs or - (stdin). Default: the bundled sample corpus.")]
        public string[] Inputs { get; init; } = [];

        [CommandOption("--out <FILE>")]
        [Description("Also write the exchange JSON export to this file.")]
        public string? Out { get; init; }
    }

    /// <summary>The sample corpus copied beside the executable.</summary>
    internal static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "samples", "seeds");

    public override int Execute(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        streams.UseUtf8();
        var inputs = settings.Inputs.Length > 0 ? settings.Inputs : [SamplesFolder];
        using var store = settings.OpenStore();
        var outcomes = IngestService.Ingest(store, inputs);
        var failed = outcomes.Where(o => o.Failed).ToArray();
        console.MarkupLine(Markup.Escape(
            $"{settings.DatabaseOrDefault}: {outcomes.Count(o => o.Status == IngestStatus.Added)} added, " +
            $"{outcomes.Count(o => o.Status == IngestStatus.Duplicate)} already stored, " +
            $"{outcomes.Count(o => o.Status == IngestStatus.Updated)} updated, {failed.Length} failed"));
        foreach (var f in failed)
            console.MarkupLine(Markup.Escape($"  skipped {f.Origin}: {f.Error}"));

        var snapshot = settings.AnalyzeStore(store, console);
        Rendering.AnalysisSummary(console, snapshot);
        Rendering.TimelineTable(console, snapshot, TimelineQuery.All);
        if (settings.Out is { } path)
        {
            File.WriteAllText(path, ExchangeJson.Write(snapshot));
            console.MarkupLine(Markup.Escape($"exchange JSON written to {path}"));
        }
        return failed.Length == 0 ? 0 : 1;
    }
}
