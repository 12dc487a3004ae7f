using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Marsad.Ingest;

/// <summary>Turns HTML (a DOM subtree or a fragment) into text: one line per block, whitespace collapsed.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "td", "th", "hr", "address", "center", "header", "footer", "body",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "head", "title", "iframe", "button", "select", "input", "form",
    };

    /// <summary>Text of an HTML fragment (feed content, a JSON body holding HTML).</summary>
    public static string FromFragment(string html)
    {
        // Nesting deeper than the guard's limit is flattened (the text is kept) before parsing.
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + HtmlDepthGuard.Flatten(html).Html + "</body></html>");
        return document.Body is null ? "" : FromElement(document.Body);
    }

    /// <summary>True when a string field carries markup rather than plain text.</summary>
    public static bool LooksLikeHtml(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"<(p|br|div|span|a|strong|em|b|i|h[1-6]|ul|li|img|figure)\b[^>]*>|</[a-z0-9]+>", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>Text of an element's subtree, one line per block element, no blank lines.</summary>
    public static string FromElement(IElement root, Func<IElement, bool>? skip = null)
    {
        var builder = new StringBuilder();
        Append(root, builder, skip);
        return JoinLines(builder.ToString());
    }

    /// <summary>Trims each line, collapses runs of spaces and drops empty lines.</summary>
    public static string JoinLines(string text) =>
        string.Join('\n', text.Split('\n')
            .Select(l => CollapseSpaces(l).Trim())
            .Where(l => l.Length > 0));

    // Depth-first with an explicit stack: a deeply nested page must not exhaust the call stack.
    private static void Append(INode root, StringBuilder builder, Func<IElement, bool>? skip)
    {
        var pending = new Stack<(INode Node, bool Closing)>();
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, closing) = pending.Pop();
            if (closing)
            {
                Close((IElement)node, builder);
                continue;
            }
            switch (node)
            {
                case IText text:
                    builder.Append(text.Data.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '));
                    continue;
                case IElement element:
                    if (Skipped.Contains(element.LocalName) || (skip is not null && skip(element)))
                        continue;
                    if (element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase))
                    {
                        builder.Append('\n');
                        continue;
                    }
                    if (Blocks.Contains(element.LocalName))
                        builder.Append('\n');
                    pending.Push((element, true));
                    break;
            }
            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
                pending.Push((node.ChildNodes[i], false));
        }
    }

    private static void Close(IElement element, StringBuilder builder)
    {
        if (Blocks.Contains(element.LocalName))
            builder.Append('\n');
        else if (element.LocalName is "td" or "th")
            builder.Append(' ');
    }

    private static string CollapseSpaces(string line)
    {
        var builder = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
