using System.ComponentModel;
using Marsad.Store;
using Spectre.Console;
using Spectre.Console.Cli;
using PlainText = Spectre.Console.Text;

namespace Marsad.Cli.Commands;

/// <summary>Shows one stored article: headline, outlet and its evidence, cleaned text, removed lines.</summary>
public sealed class ShowCommand(IAnsiConsole console) : Command<ShowCommand.ShowSettings>
{
    public sealed class ShowSettings : StoreSettings
    {
        [CommandArgument(0, "<id>")]
        [Description("Article id, as listed by `articles`.")]
        public string Id { get; init; } = "";
    }

    public override int Execute(CommandContext context, ShowSettings settings, CancellationToken cancellationToken)
    {
        Clean.Article? article;
        Ingest.SourceDocument? source;
        try
        {
            using var store = settings.OpenStore();
            article = store.FindArticle(settings.Id);
            source = article is null ? null : store.FindSource(settings.Id);
        }
        catch (StoreException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return 2;
        }
        if (article is null)
        {
            console.MarkupLineInterpolated($"[red]no stored article with id '{settings.Id}'[/] (see `marsad articles`)");
            return 1;
        }

        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        facts.AddRow(new Markup("[bold]id[/]"), new PlainText(article.Id));
        facts.AddRow(new Markup("[bold]headline[/]"), new PlainText(article.Headline));
        facts.AddRow(new Markup("[bold]outlet[/]"), new PlainText(article.Outlet ?? "unknown"));
        facts.AddRow(new Markup("[bold]outlet evidence[/]"), new PlainText(article.OutletEvidence ?? "-"));
        facts.AddRow(new Markup("[bold]published (metadata)[/]"), new PlainText(article.PublishedMetadata?.ToString() ?? "-"));
        facts.AddRow(new Markup("[bold]url[/]"), new PlainText(article.Url ?? "-"));
        if (source is not null)
            facts.AddRow(new Markup("[bold]source[/]"), new PlainText($"{source.Format}: {source.Origin}"));
        facts.AddRow(new Markup("[bold]content hash[/]"), new PlainText(article.ContentHash));
        console.Write(facts);

        console.Write(new Rule("cleaned text").LeftJustified());
        console.Write(new PlainText(article.Text));
        console.WriteLine();

        console.Write(new Rule($"removed by cleaning ({article.RemovedLines.Count} lines)").LeftJustified());
        foreach (var line in article.RemovedLines)
            console.Write(new PlainText("- " + line + "\n", new Style(Color.Grey)));
        return 0;
    }
}
