using System.ComponentModel;
using Marsad.Cli.Terminal;
using Spectre.Console;
using Spectre.Console.Cli;
using PlainText = Spectre.Console.Text;

namespace Marsad.Cli.Commands;

/// <summary>Lists stored articles as a table or as JSON.</summary>
public sealed class ArticlesCommand(IAnsiConsole console, CliStreams streams) : Command<ArticlesCommand.ArticlesSettings>
{
    /// <summary>The options of articles.</summary>
    public sealed class ArticlesSettings : StoreSettings
    {
        /// <summary>--json.</summary>
        [CommandOption("--json")]
        [Description("Print a JSON array instead of a table.")]
        public bool Json { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, ArticlesSettings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenExistingStore();
        var articles = store.LoadArticles();
        if (settings.Json)
        {
            CliJson.Write(streams.Out, articles.Select(a => new
            {
                a.Id,
                a.Url,
                a.Outlet,
                a.Headline,
                Published = a.PublishedMetadata is { } p ? new { p.From, p.To } : null,
                a.ContentHash,
                Origins = store.Origins(a.Id),
            }));
            return ExitCodes.Success;
        }

        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn(new TableColumn("id").NoWrap());
        table.AddColumns("outlet", "headline", "published (metadata)");
        foreach (var a in articles)
            table.AddRow(
                new PlainText(a.Id),
                new PlainText(a.Outlet ?? "-"),
                new PlainText(a.Headline),
                new PlainText(a.PublishedMetadata?.ToString() ?? "-"));
        console.WriteIsolated(table);
        streams.Error.WriteLine($"{articles.Count} articles");
        return ExitCodes.Success;
    }
}
