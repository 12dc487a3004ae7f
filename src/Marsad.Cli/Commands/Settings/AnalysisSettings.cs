using System.ComponentModel;
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

    /// <summary>--rules.</summary>
    [CommandOption("--rules <DIR>")]
    [Description("Folder of rule rows laid over the shipped tables, at their paths under Data/ (events/triggers.tsv, time/months.tsv, ...): a row with a shipped row's key replaces it, other rows are added.")]
    public string? RulesFolder { get; init; }

    /// <summary>--full.</summary>
    [CommandOption("--full")]
    [Description("Annotate every article again, even those whose annotations the store keeps for their content and these rules.")]
    public bool Full { get; init; }

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
        if (RulesFolder is not null && !Directory.Exists(RulesFolder))
            return ValidationResult.Error($"--rules {RulesFolder}: no such folder");
        return base.Validate();
    }

    /// <summary>The analyzer these options describe: the shipped rules with any --rules rows and --kb tables, and --as-of.</summary>
    public CorpusAnalyzer Analyzer() => new(MarsadRules.Load(RulesFolder, KnowledgeFiles), Options());

    /// <summary>Analyses every stored article and saves the snapshot, with progress and a line per stage on standard error.</summary>
    internal AnalysisSnapshot AnalyzeStore(IMarsadStore store, CliStreams streams) =>
        new AnalysisRunner(streams).Run(store, Analyzer(), Options(), Full);
}
