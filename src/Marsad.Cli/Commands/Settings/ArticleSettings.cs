using System.ComponentModel;
using Marsad.Clean;
using Marsad.Ingest;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>Options of the commands that explain one article: a file to read (or - for stdin), or a stored article id.</summary>
public class ArticleSettings : StoreSettings
{
    private readonly string _input = "";

    /// <summary>The file, "-", or the stored article's id.</summary>
    [CommandArgument(0, "<FILE-OR-ID>")]
    [Description("A file to read (any supported format), - for standard input, or the id of a stored article.")]
    public string Input { get => _input; init => _input = CliArguments.Restore(value); }

    /// <summary>The article, or null with the reason on standard error.</summary>
    internal Article? LoadArticle(CliStreams streams)
    {
        if (Input == "-" || File.Exists(Input))
        {
            IReadOnlyList<IngestItem> items;
            if (Input == "-")
            {
                using var stdin = streams.OpenInput();
                items = new DocumentReader().Read(stdin, "stdin");
            }
            else
            {
                items = new DocumentReader().ReadFile(Input, Path.GetFileName(Input));
            }
            if (items.FirstOrDefault() is not { Document: { } document })
            {
                streams.Error.WriteLine($"cannot read {Input}: {items.FirstOrDefault()?.Error ?? "no document"}");
                return null;
            }
            return ArticleCleaner.Clean(document);
        }
        using var store = OpenExistingStore();
        var article = store.FindArticle(Input);
        if (article is null)
            streams.Error.WriteLine($"no file or stored article '{Input}'");
        return article;
    }
}
