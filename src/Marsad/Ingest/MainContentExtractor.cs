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
        var root = BestContainer(body) ?? body;
        return HtmlText.FromElement(root, IsLinkList);
    }

    private static void RemoveFurniture(IElement body, FurnitureRules rules)
    {
        var bodyTextLength = Math.Max(1, body.TextContent.Length);
        var doomed = body.QuerySelectorAll("*")
            .Where(e => rules.IsFurniture(e) && !Protected(e, bodyTextLength))
            .ToList();
        foreach (var element in doomed)
            element.Remove();
    }

    // A class word like "has-share-bar" on the wrapper of the whole story must not delete the story.
    private static bool Protected(IElement element, int bodyTextLength) =>
        element.LocalName is "main" or "article" && element.QuerySelectorAll("p").Length >= 3
        || (element.QuerySelectorAll("p").Length >= 3 && element.TextContent.Length * 2 > bodyTextLength
            && element.LocalName is not ("nav" or "header" or "footer" or "aside" or "script" or "style"));

    // The deepest element holding most of the paragraph text: stories split around an ad slot or
    // a read-also box stay whole, and the menus and boxes outside it are left out.
    private static IElement? BestContainer(IElement body)
    {
        var covered = new Dictionary<IElement, int>();
        var total = 0;
        foreach (var paragraph in body.QuerySelectorAll("p, pre, blockquote"))
        {
            var length = paragraph.TextContent.Trim().Length;
            if (length < 20)
                continue;
            total += length;
            for (var ancestor = paragraph.ParentElement; ancestor is not null && ancestor != body; ancestor = ancestor.ParentElement)
                covered[ancestor] = covered.GetValueOrDefault(ancestor) + length;
        }
        if (total == 0)
            return null;
        return covered
            .Where(p => p.Value >= 0.8 * total)
            .Select(p => p.Key)
            .MaxBy(Depth);
    }

    private static int Depth(IElement element)
    {
        var depth = 0;
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
            depth++;
        return depth;
    }

    private static bool IsLinkList(IElement element)
    {
        if (element.LocalName is not ("ul" or "ol" or "li" or "div" or "p" or "section" or "table"))
            return false;
        var total = element.TextContent.Trim().Length;
        if (total == 0 || total > 400)
            return false;
        var linked = element.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
        return linked > 0.6 * total;
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
