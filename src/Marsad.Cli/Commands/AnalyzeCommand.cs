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

    /// <summary>Analyses every stored article, saves the result in one transaction and returns it.</summary>
    internal AnalysisSnapshot AnalyzeStore(IMarsadStore store)
    {
        var articles = store.LoadArticles();
        var knowledge = KnowledgeFiles.Length == 0 ? KnowledgeBase.Default : KnowledgeBase.Load(KnowledgeFiles);
        var analyzer = new CorpusAnalyzer(knowledge, Options());
        CorpusAnalysis analysis = null!;
        if (articles.Count > 20 && !Console.IsOutputRedirected)
        {
            AnsiConsole.Progress().Start(ctx =>
            {
                var task = ctx.AddTask("analysing", maxValue: articles.Count);
                analysis = analyzer.Analyze(articles, new Progress<int>(n => task.Value = n));
            });
        }
        else
        {
            analysis = analyzer.Analyze(articles);
        }
        var snapshot = AnalysisSnapshot.From(analysis, DateTimeOffset.UtcNow);
        store.SaveAnalysis(snapshot);
        return snapshot;
    }
}

public sealed class AnalyzeCommand : Command<AnalyzeCommand.Settings>
{
    public sealed class Settings : AnalysisSettings
    {
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        ViewSettings.UseUtf8Console();
        using var store = settings.OpenStore();
        var snapshot = settings.AnalyzeStore(store);
        PrintSummary(snapshot);
        return 0;
    }

    internal static void PrintSummary(AnalysisSnapshot snapshot)
    {
        var byType = snapshot.Events
            .GroupBy(e => e.Type)
            .OrderByDescending(g => g.Count())
            .Select(g => $"{g.Key} {g.Count()}");
        var dated = snapshot.Articles.Count(a => a.Published is not null);
        AnsiConsole.MarkupLine(Markup.Escape(
            $"{snapshot.Articles.Count} articles ({dated} with a publication interval), {snapshot.Events.Count} events: {string.Join(", ", byType)}"));
    }
}
