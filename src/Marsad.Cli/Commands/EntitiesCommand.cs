using System.ComponentModel;
using System.Globalization;
using Marsad.Actors;
using Marsad.Cli.Terminal;
using Marsad.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>Shows the actors found in one article (a file, or a stored article id) with their evidence.</summary>
public sealed class EntitiesCommand(IAnsiConsole console, CliStreams streams) : Command<EntitiesCommand.EntitiesSettings>
{
    /// <summary>The options of entities.</summary>
    public sealed class EntitiesSettings : ArticleSettings
    {
        /// <summary>--json.</summary>
        [CommandOption("--json")]
        [Description("Print the mentions as JSON.")]
        public bool Json { get; init; }

        /// <summary>--date.</summary>
        [CommandOption("--date <DATE>")]
        [Description("Article date (yyyy-mm-dd, or from..to) used to link titles to the holder of the office.")]
        public string? Date { get; init; }

        /// <summary>--kb.</summary>
        [CommandOption("--kb <FILE>")]
        [Description("Extra knowledge-base TSV files (same shapes as Data/actors; repeatable).")]
        public string[] KnowledgeBaseFiles { get; init; } = [];

        /// <inheritdoc/>
        public override ValidationResult Validate()
        {
            if (Date is not null && CliValues.Interval(Date, "--date", out var error) is null)
                return ValidationResult.Error(error!);
            if (KnowledgeBaseFiles.FirstOrDefault(f => !File.Exists(f)) is { } missing)
                return ValidationResult.Error($"--kb {missing}: no such file");
            return base.Validate();
        }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, EntitiesSettings settings, CancellationToken cancellationToken)
    {
        if (settings.LoadArticle(streams) is not { } article)
            return ExitCodes.Failed;

        var date = settings.Date is { } d ? CliValues.Interval(d, "--date", out _) : article.PublishedMetadata;
        var kb = settings.KnowledgeBaseFiles.Length == 0 ? KnowledgeBase.Default : KnowledgeBase.Load(settings.KnowledgeBaseFiles);
        var mentions = new ActorRecognizer(kb).Recognize(TextLayer.Build(article.Text), date);

        if (settings.Json)
        {
            CliJson.Write(streams.Out, new { article = article.Id, date = date?.ToString(), mentions });
            return ExitCodes.Success;
        }

        var table = new Table().Title($"{Markup.Escape(article.Id)} — {mentions.Count} actor mentions" + (date is null ? "" : $" (date {date})"));
        table.AddColumns("#", "surface", "kind", "actor", "offsets", "evidence");
        var n = 0;
        foreach (var m in mentions)
        {
            var actor = Describe(m.Actor);
            if (m.Group is { } group)
                actor += " = " + string.Join(" + ", group.Select(Describe));
            var evidence = m.Evidence.Text + (m.AttestedRole is { } r ? $" [attested {r.Role} {r.From:yyyy-MM-dd}..{r.To:yyyy-MM-dd}]" : "");
            table.AddRow(
                (++n).ToString(CultureInfo.InvariantCulture),
                Markup.Escape(m.Surface),
                m.Kind.ToString(),
                Markup.Escape(actor),
                $"{m.Start}-{m.End} s{m.Sentence}",
                Markup.Escape(evidence));
        }
        console.WriteIsolated(table);
        return ExitCodes.Success;
    }

    private static string Describe(ActorRef a) =>
        string.Join(" ", new[] { a.Name ?? a.Id, a.Country, a.Role }.Where(x => x is not null));
}
