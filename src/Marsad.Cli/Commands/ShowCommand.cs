using System.ComponentModel;
using Marsad.Cli.Terminal;
using Spectre.Console;
using Spectre.Console.Cli;
using PlainText = Spectre.Console.Text;

namespace Marsad.Cli.Commands;

/// <summary>Shows one stored article: headline, outlet and its evidence, cleaned text, removed lines.</summary>
public sealed class ShowCommand(IAnsiConsole console, CliStreams streams) : Command<ShowCommand.ShowSettings>
{
    /// <summary>The options of show.</summary>
    public sealed class ShowSettings : StoreSettings
    {
        /// <summary>The article id.</summary>
        [CommandArgument(0, "<id>")]
        [Description("Article id, as listed by `articles`.")]
        public string Id { get; init; } = "";

        /// <summary>--json.</summary>
        [CommandOption("--json")]
        [Description("Print the article as JSON.")]
        public bool Json { get; init; }
    }

    /// <inheritdoc/>
    public override int Execute(CommandContext context, ShowSettings settings, CancellationToken cancellationToken)
    {
        using var store = settings.OpenExistingStore();
        var article = store.FindArticle(settings.Id);
        if (article is null)
        {
            streams.Error.WriteLine($"no stored article with id '{settings.Id}' (see `marsad articles`)");
            return ExitCodes.Failed;
        }
        var source = store.FindSource(settings.Id);
        var origins = store.Origins(settings.Id);
        if (settings.Json)
        {
            CliJson.Write(streams.Out, new
            {
                article.Id,
                article.Url,
                article.Headline,
                article.Outlet,
                article.OutletEvidence,
                Published = article.PublishedMetadata is { } p ? new { p.From, p.To } : null,
                article.ContentHash,
                Source = source is null ? null : new { source.Format, source.Origin },
                Origins = origins,
                article.Text,
                article.RemovedLines,
            });
            return ExitCodes.Success;
        }

        var facts = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        void Fact(string label, string value) => facts.AddRow(new Markup($"[bold]{label}[/]"), new PlainText(value));
        Fact("id", article.Id);
        Fact("headline", article.Headline);
        Fact("outlet", article.Outlet ?? "unknown");
        Fact("outlet evidence", article.OutletEvidence ?? "-");
        Fact("published (metadata)", article.PublishedMetadata?.ToString() ?? "-");
        Fact("url", article.Url ?? "-");
        if (source is not null)
            Fact("source", $"{source.Format}: {source.Origin}");
        if (origins.Count > 1)
            Fact("also read from", string.Join("\n", origins.Where(o => o != source?.Origin)));
        Fact("content hash", article.ContentHash);
        console.WriteIsolated(facts);

        console.Write(new PlainText("── cleaned text ──\n", new Style(Color.Grey)));
        console.Write(new PlainText(article.Text + "\n"));
        console.Write(new PlainText($"── removed by cleaning ({article.RemovedLines.Count} lines) ──\n", new Style(Color.Grey)));
        foreach (var line in article.RemovedLines)
            console.Write(new PlainText("- " + line + "\n", new Style(Color.Grey)));
        return ExitCodes.Success;
    }
}
