using System.ComponentModel;
using Marsad.Clean;
using Marsad.Ingest;
using Spectre.Console.Cli;

namespace Marsad.Cli.Commands;

/// <summary>Options of the commands that explain one article: a file to read, or a stored article id.</summary>
public class ArticleSettings : StoreSettings
{
    [CommandArgument(0, "<FILE-OR-ID>")]
    [Description("A file to read (any supported format), or the id of a stored article.")]
    public string Input { get; init; } = "";

    /// <summary>The article, or null with the reason on <paramref name="errors"/>.</summary>
    public Article? LoadArticle(TextWriter errors)
    {
        if (File.Exists(Input))
        {
            var item = new DocumentReader().Read([Input]).FirstOrDefault();
            if (item?.Document is not { } document)
            {
                errors.WriteLine($"cannot read {Input}: {item?.Error ?? "no document"}");
                return null;
            }
            return ArticleCleaner.Clean(document);
        }
        using var store = OpenStore();
        var article = store.FindArticle(Input);
        if (article is null)
            errors.WriteLine($"no file or stored article '{Input}'");
        return article;
    }
}
