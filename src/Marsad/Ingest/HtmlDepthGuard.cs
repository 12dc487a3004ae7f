using System.Text;

namespace Marsad.Ingest;

/// <summary>
/// Keeps the element nesting of an HTML text within <see cref="MaxDepth"/> before it is parsed. The
/// HTML5 tree builder looks down the stack of open elements for every start tag, so a page of
/// 100,000 nested &lt;div&gt; costs it time quadratic in the depth. This linear pass follows the
/// nesting the way the tree builder does for the common cases (void elements, raw-text elements,
/// paragraphs, list items, table cells and options that close themselves) and drops the start and
/// end tags of elements that would open deeper than the limit; their text stays, in the deepest
/// element kept. A page within the limit (every real page) is returned unchanged.
/// </summary>
internal static class HtmlDepthGuard
{
    /// <summary>How deep elements may nest; news pages nest 20–60 deep.</summary>
    public const int MaxDepth = 256;

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "frame", "basefont", "bgsound",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext",
    };

    // A start tag of these closes an open <p> (HTML5 "close a p element").
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "p", "div", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "aside", "header", "footer",
        "nav", "main", "blockquote", "pre", "form", "figure", "address", "fieldset", "details", "menu", "center", "hgroup", "figcaption",
    };

    // Where the search for an element to close stops (the tree builder's scope boundaries).
    private static readonly HashSet<string> Scope = new(StringComparer.Ordinal)
    {
        "html", "table", "td", "th", "caption", "button", "object", "marquee", "applet", "template",
    };

    /// <summary>The text with elements deeper than <paramref name="maxDepth"/> flattened (the same string when none is), and how many tags were dropped.</summary>
    public static (string Html, int Dropped) Flatten(string html, int maxDepth = MaxDepth)
    {
        var state = new State(html, maxDepth);
        state.Run();
        return state.Dropped == 0 ? (html, 0) : (state.Output.ToString(), state.Dropped);
    }

    /// <summary>The warning for a page whose nesting was flattened.</summary>
    public static string Warning(int dropped) =>
        $"elements nested more than {MaxDepth} deep were flattened into their ancestors ({dropped} tags dropped, their text kept)";

    private sealed class State(string html, int maxDepth)
    {
        private readonly List<string> _open = [];
        private readonly Dictionary<string, int> _droppedOpen = new(StringComparer.Ordinal);
        private int _copied;

        public StringBuilder Output { get; } = new(html.Length);

        public int Dropped { get; private set; }

        public void Run()
        {
            var i = 0;
            while ((i = html.IndexOf('<', i)) >= 0)
                i = Markup(i);
            if (Dropped > 0)
                Copy(html.Length);
        }

        /// <summary>Reads the markup at <paramref name="at"/> (a '&lt;'); returns where to go on.</summary>
        private int Markup(int at)
        {
            if (Starts(at, "<!--"))
            {
                var close = html.IndexOf("-->", at + 4, StringComparison.Ordinal);
                return close < 0 ? html.Length : close + 3;
            }
            if (at + 1 >= html.Length)
                return html.Length;
            var next = html[at + 1];
            if (next is '!' or '?')
                return End(at);
            var closing = next == '/';
            var nameStart = closing ? at + 2 : at + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
                return at + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
                nameEnd++;
            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var end = End(nameEnd);
            if (closing)
                EndTag(name, at, end);
            else
                end = StartTag(name, at, end, end >= 2 && html[end - 2] == '/');
            return end;
        }

        /// <summary>The index after the '&gt;' that ends a tag, skipping quoted attribute values.</summary>
        private int End(int from)
        {
            char quote = '\0';
            for (var i = from; i < html.Length; i++)
            {
                var c = html[i];
                if (quote != '\0')
                {
                    if (c == quote)
                        quote = '\0';
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    return i + 1;
                }
            }
            return html.Length;
        }

        private int StartTag(string name, int at, int end, bool selfClosing)
        {
            if (RawText.Contains(name))
            {
                // Its content is text up to its end tag: skip it whole.
                var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                return close < 0 ? html.Length : End(close);
            }
            if (Void.Contains(name) || selfClosing)
                return end;
            CloseImplied(name);
            if (_open.Count < maxDepth)
            {
                _open.Add(name);
                return end;
            }
            Drop(at, end);
            _droppedOpen[name] = _droppedOpen.GetValueOrDefault(name) + 1;
            return end;
        }

        private void EndTag(string name, int at, int end)
        {
            // Elements dropped are deeper than every element kept: an end tag closes one of them first.
            if (_droppedOpen.TryGetValue(name, out var dropped) && dropped > 0)
            {
                _droppedOpen[name] = dropped - 1;
                Drop(at, end);
                return;
            }
            var index = _open.LastIndexOf(name);
            if (index < 0)
                return;
            _open.RemoveRange(index, _open.Count - index);
            _droppedOpen.Clear();
        }

        private void CloseImplied(string name)
        {
            if (ClosesParagraph.Contains(name))
                CloseNearest("p", stopAt: null);
            else if (name == "li")
                CloseNearest("li", stopAt: ["ul", "ol"]);
            else if (name is "dt" or "dd")
                CloseNearest(name == "dt" ? "dd" : "dt", stopAt: ["dl"], also: name);
            else if (name is "td" or "th")
                CloseNearest(name == "td" ? "th" : "td", stopAt: ["tr", "table"], also: name);
            else if (name == "tr")
                CloseNearest("tr", stopAt: ["table", "tbody", "thead", "tfoot"]);
            else if (name is "option" or "optgroup")
                CloseNearest("option", stopAt: ["select", "datalist"]);
        }

        /// <summary>Closes the nearest open <paramref name="target"/> (or <paramref name="also"/>) unless a scope boundary or <paramref name="stopAt"/> comes first.</summary>
        private void CloseNearest(string target, string[]? stopAt, string? also = null)
        {
            for (var i = _open.Count - 1; i >= 0; i--)
            {
                var open = _open[i];
                if (open == target || open == also)
                {
                    _open.RemoveRange(i, _open.Count - i);
                    _droppedOpen.Clear();
                    return;
                }
                if (Scope.Contains(open) || (stopAt is not null && stopAt.Contains(open)))
                    return;
            }
        }

        private void Drop(int at, int end)
        {
            Copy(at);
            _copied = end;
            Dropped++;
        }

        private void Copy(int upTo)
        {
            if (upTo > _copied)
                Output.Append(html, _copied, upTo - _copied);
            _copied = Math.Max(_copied, upTo);
        }

        private bool Starts(int at, string prefix) => string.CompareOrdinal(html, at, prefix, 0, prefix.Length) == 0;
    }
}
