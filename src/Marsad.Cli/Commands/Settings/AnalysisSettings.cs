using System.ComponentModel;
using Marsad.Actors;
using Marsad.Cli.Progress;
using Marsad.Pipeline;
using Marsad.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>Options of the commands that run the analysis.</summary>
public class AnalysisSettings : StoreSettings
{
    /// <summary>--as-of.</summary>
    [CommandOption("--as-of <DATE>")]
    [Description("The day the corpus was collected (yyyy-MM-dd): nothing is published after it. Default: today.")]
    public string? AsOf { get; init; }

    /// <summary>--kb.</summary>
    [CommandOption("--kb <FILE>")]
    [Description("Extra knowledge-base table (same columns as Data/actors/*.tsv); may be repeated.")]
    public string[] KnowledgeFiles { get; init; } = [];

    /// <summary>The analysis options these settings give: --as-of, or today.</summary>
    public AnalysisOptions Options()
    {
        var options = AnalysisOptions.Default;
        return CliValues.Day(AsOf) is { } day ? options with { AsOf = day } : options;
    }

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (CliValues.DayError("--as-of", AsOf) is { } error)
            return ValidationResult.Error(error);
        if (KnowledgeFiles.FirstOrDefault(f => !File.Exists(f)) is { } missing)
            return ValidationResult.Error($"--kb {missing}: no such file");
        return base.Validate();
    }

    /// <summary>The analyzer these options describe: the knowledge base with any --kb tables, and --as-of.</summary>
    public CorpusAnalyzer Analyzer()
    {
        var knowledge = KnowledgeFiles.Length == 0 ? KnowledgeBase.Default : KnowledgeBase.Load(KnowledgeFiles);
        return new CorpusAnalyzer(knowledge, Options());
    }

    /// <summary>Analyses every stored article and saves the snapshot, with progress and a line per stage on standard error.</summary>
    internal AnalysisSnapshot AnalyzeStore(IMarsadStore store, CliStreams streams) =>
        new AnalysisRunner(streams).Run(store, Analyzer(), Options());
}
