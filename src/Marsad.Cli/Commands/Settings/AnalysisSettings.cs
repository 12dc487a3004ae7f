using System.ComponentModel;
using System.Globalization;
using Marsad.Actors;
using Marsad.Pipeline;
using Marsad.Store;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>Options of the commands that run the analysis.</summary>
public class AnalysisSettings : StoreSettings
{
    /// <summary>Above this many articles an interactive terminal shows a progress bar.</summary>
    private const int ProgressThreshold = 20;

    [CommandOption("--as-of <DATE>")]
    [Description("The day the corpus was collected (yyyy-MM-dd): nothing is published after it. Default: today.")]
    public string? AsOf { get; init; }

    [CommandOption("--kb <FILE>")]
    [Description("Extra knowledge-base table (same columns as Data/actors/*.tsv); may be repeated.")]
    public string[] KnowledgeFiles { get; init; } = [];

    public AnalysisOptions Options()
    {
        var options = AnalysisOptions.Default;
        return AsOf is null ? options : options with { AsOf = DateOnly.ParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture) };
    }

    public override ValidationResult Validate() =>
        AsOf is null || DateOnly.TryParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? ValidationResult.Success()
            : ValidationResult.Error("--as-of takes a date: yyyy-MM-dd");

    /// <summary>The analyzer these options describe: the knowledge base with any --kb tables, and --as-of.</summary>
    public CorpusAnalyzer Analyzer()
    {
        var knowledge = KnowledgeFiles.Length == 0 ? KnowledgeBase.Default : KnowledgeBase.Load(KnowledgeFiles);
        return new CorpusAnalyzer(knowledge, Options());
    }

    /// <summary>Analyses every stored article and saves the snapshot, with a progress bar on a terminal for a large store.</summary>
    internal AnalysisSnapshot AnalyzeStore(IMarsadStore store, IAnsiConsole console)
    {
        var analyzer = Analyzer();
        var count = store.CountArticles();
        if (count <= ProgressThreshold || Console.IsOutputRedirected)
            return StoreAnalysis.AnalyzeAndSave(store, analyzer);
        AnalysisSnapshot snapshot = null!;
        console.Progress().Start(ctx =>
        {
            var task = ctx.AddTask("analysing", maxValue: count);
            snapshot = StoreAnalysis.AnalyzeAndSave(store, analyzer, new Progress<int>(n => task.Value = n));
        });
        return snapshot;
    }
}
