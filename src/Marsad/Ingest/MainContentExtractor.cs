using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Marsad.Data;

namespace Marsad.Ingest;

/// <summary>
/// Finds the article text in a page: removes furniture named in Data/clean/html-furniture.tsv
/// (menus, header/footer, side boxes, captions, share/related/newsletter/donation blocks), then keeps
/// the deepest element holding most of the paragraph text, without link-dense blocks.
/// </summary>
internal static class MainContentExtractor
{
    private static readonly Lazy<FurnitureRules> Rules = new(FurnitureRules.Load);

    /// <summary>Main-content text of a parsed page, one line per paragraph.</summary>
    public static string Extract(IHtmlDocument document)
    {
        var body = document.Body;
        if (body is null)
            return "";
        RemoveFurniture(body, Rules.Value);
        // Text lengths are computed once for the whole tree, after the furniture is gone.
        var stats = HtmlTextStats.Of(body);
        var root = BestContainer(body, stats) ?? body;
        return HtmlText.FromElement(root, e => IsLinkList(e, stats));
    }

    private static void RemoveFurniture(IElement body, FurnitureRules rules)
    {
        var stats = HtmlTextStats.Of(body);
        var bodyTextLength = Math.Max(1, stats[body].Length);
        var doomed = stats.Elements
            .Where(e => e.Element != body && rules.IsFurniture(e.Element) && !Protected(e.Element, e.Stats, bodyTextLength))
            .Select(e => e.Element)
            .ToList();
        foreach (var element in doomed)
            element.Remove();
    }

    // A class word like "has-share-bar" on the wrapper of the whole story must not delete the story.
    private static bool Protected(IElement element, HtmlTextStats.Stats stats, int bodyTextLength) =>
        element.LocalName is "main" or "article" && stats.Paragraphs >= 3
        || (stats.Paragraphs >= 3 && stats.Length * 2 > bodyTextLength
            && element.LocalName is not ("nav" or "header" or "footer" or "aside" or "script" or "style"));

    // The deepest element holding most of the paragraph text: stories split around an ad slot or
    // a read-also box stay whole, and the menus and boxes outside it are left out.
    private static IElement? BestContainer(IElement body, HtmlTextStats stats)
    {
        var total = stats[body].Covered;
        if (total == 0)
            return null;
        IElement? best = null;
        var bestDepth = -1;
        foreach (var (element, figures) in stats.Elements)
        {
            if (element != body && figures.Covered >= 0.8 * total && figures.Depth > bestDepth)
                (best, bestDepth) = (element, figures.Depth);
        }
        return best;
    }

    private static bool IsLinkList(IElement element, HtmlTextStats stats)
    {
        if (element.LocalName is not ("ul" or "ol" or "li" or "div" or "p" or "section" or "table"))
            return false;
        var figures = stats[element];
        var total = figures.Trimmed;
        if (total == 0 || total > 400)
            return false;
        return figures.LinkText > 0.6 * total;
    }

    private sealed class FurnitureRules
    {
        private readonly HashSet<string> tags = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> roles = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> classWords = new(StringComparer.OrdinalIgnoreCase);

        public static FurnitureRules Load()
        {
            var rules = new FurnitureRules();
            foreach (var row in DataFiles.ReadTable("clean/html-furniture.tsv"))
            {
                var set = row.Required("kind") switch
                {
                    "tag" => rules.tags,
                    "role" => rules.roles,
                    "class" => rules.classWords,
                    var other => throw new FormatException($"{row.Source}:{row.Line}: unknown kind '{other}'."),
                };
                set.Add(row.Required("value"));
            }
            return rules;
        }

        public bool IsFurniture(IElement element)
        {
            if (element.LocalName is "html" or "body")
                return false;
            if (tags.Contains(element.LocalName))
                return true;
            if (element.GetAttribute("role") is { } role && roles.Contains(role.Trim()))
                return true;
            var words = ClassWords(element);
            for (var i = 0; i < words.Length; i++)
            {
                if (classWords.Contains(words[i]) || (i + 1 < words.Length && classWords.Contains(words[i] + words[i + 1])))
                    return true;
            }
            return false;
        }

        private static string[] ClassWords(IElement element) =>
            $"{element.GetAttribute("class")} {element.GetAttribute("id")}"
                .Split([' ', '-', '_', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
    }
}
