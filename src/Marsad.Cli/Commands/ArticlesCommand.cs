using System.ComponentModel;
using Marsad.Store;
using Spectre.Console;
using Spectre.Console.Cli;
using PlainText = Spectre.Console.Text;

namespace Marsad.Cli.Commands;

/// <summary>Lists stored articles as a table or as JSON.</summary>
public sealed class ArticlesCommand(IAnsiConsole console, CliStreams streams) : Command<ArticlesCommand.ArticlesSettings>
{
    public sealed class ArticlesSettings : StoreSettings
    {
        [CommandOption("--json")]
        [Description("Print a JSON array instead of a table.")]
        public bool Json { get; init; }
    }

    public override int Execute(CommandContext context, ArticlesSettings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<Clean.Article> articles;
        try
        {
            using var store = settings.OpenStore();
            articles = store.LoadArticles();
        }
        catch (StoreException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return 2;
        }

        if (settings.Json)
        {
            var rows = articles.Select(a => new
            {
                a.Id,
                a.Url,
                a.Outlet,
                a.Headline,
                Published = a.PublishedMetadata is { } p ? new { p.From, p.To } : null,
                a.ContentHash,
            });
            streams.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(rows, CliJson.Options));
            return 0;
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
        console.Write(table);
        console.MarkupLineInterpolated($"[grey]{articles.Count} articles[/]");
        return 0;
    }
}

internal static class CliJson
{
    public static System.Text.Json.JsonSerializerOptions Options { get; } = new(StoreJson.Options)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
