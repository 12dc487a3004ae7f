using AngleSharp.Dom;

namespace Marsad.Ingest;

/// <summary>
/// What main-content extraction asks of every element of a page, computed in one pass over the
/// tree instead of one subtree scan per element: the length of its text (as
/// <c>TextContent.Length</c>) and trimmed (as <c>TextContent.Trim().Length</c>), how many &lt;p&gt;
/// it holds, the trimmed text of the links inside it, the trimmed text of the paragraphs inside it
/// (&lt;p&gt;, &lt;pre&gt;, &lt;blockquote&gt; of at least <see cref="ParagraphMinimum"/> characters),
/// and its depth below the root.
/// </summary>
internal sealed class HtmlTextStats
{
    /// <summary>Paragraphs shorter than this (trimmed) are not story text.</summary>
    public const int ParagraphMinimum = 20;

    private readonly Dictionary<IElement, Stats> _stats = new(ReferenceEqualityComparer.Instance);

    private HtmlTextStats()
    {
    }

    /// <summary>One element's figures.</summary>
    public readonly record struct Stats(int Length, int Trimmed, int Paragraphs, int LinkText, int Covered, int Depth);

    /// <summary>The figures of an element of the tree the stats were computed over.</summary>
    public Stats this[IElement element] => _stats[element];

    /// <summary>Every element under the root (the root included) with its figures, in document order.</summary>
    public IEnumerable<(IElement Element, Stats Stats)> Elements => _stats.Select(p => (p.Key, p.Value));

    /// <summary>Computes the figures of <paramref name="root"/> and of every element inside it.</summary>
    public static HtmlTextStats Of(IElement root)
    {
        var (nodes, parents, depths) = PreOrder(root);
        var acc = new Accumulator[nodes.Count];
        var result = new HtmlTextStats();
        var stats = new Stats[nodes.Count];
        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            if (nodes[i] is IText text)
                acc[i] = acc[i].Prepend(Accumulator.OfText(text.Data));
            var trimmed = acc[i].Trimmed;
            var own = nodes[i] as IElement;
            if (own is not null)
                stats[i] = new Stats(acc[i].Length, trimmed, acc[i].Paragraphs, acc[i].LinkText, acc[i].Covered, depths[i]);
            var parent = parents[i];
            if (parent < 0)
                continue;
            acc[parent] = acc[parent].Prepend(acc[i]) with
            {
                Paragraphs = acc[parent].Paragraphs + acc[i].Paragraphs + (own?.LocalName == "p" ? 1 : 0),
                LinkText = acc[parent].LinkText + acc[i].LinkText + (own?.LocalName == "a" ? trimmed : 0),
                Covered = acc[parent].Covered + acc[i].Covered + (own?.LocalName is "p" or "pre" or "blockquote" && trimmed >= ParagraphMinimum ? trimmed : 0),
            };
        }
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i] is IElement element)
                result._stats[element] = stats[i];
        }
        return result;
    }

    /// <summary>The nodes in document order (elements and text; comments carry no text), each with its parent's index and its element depth.</summary>
    private static (List<INode> Nodes, List<int> Parents, List<int> Depths) PreOrder(IElement root)
    {
        var nodes = new List<INode>();
        var parents = new List<int>();
        var depths = new List<int>();
        var pending = new Stack<(INode Node, int Parent, int Depth)>();
        pending.Push((root, -1, 0));
        while (pending.Count > 0)
        {
            var (node, parent, depth) = pending.Pop();
            var index = nodes.Count;
            nodes.Add(node);
            parents.Add(parent);
            depths.Add(depth);
            var children = node.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
            {
                if (children[c] is IElement or IText)
                    pending.Push((children[c], index, depth + 1));
            }
        }
        return (nodes, parents, depths);
    }

    /// <summary>Text length with its leading and trailing white space, and the sums the parents need.</summary>
    private readonly record struct Accumulator(int Length, int Leading, int Trailing)
    {
        public int Paragraphs { get; init; }
        public int LinkText { get; init; }
        public int Covered { get; init; }

        public int Trimmed => Leading == Length ? 0 : Length - Leading - Trailing;

        public static Accumulator OfText(string data)
        {
            var leading = 0;
            while (leading < data.Length && char.IsWhiteSpace(data[leading]))
                leading++;
            var trailing = 0;
            while (trailing < data.Length - leading && char.IsWhiteSpace(data[data.Length - 1 - trailing]))
                trailing++;
            return new Accumulator(data.Length, leading, leading == data.Length ? data.Length : trailing);
        }

        /// <summary>The text of <paramref name="before"/> followed by this one's.</summary>
        public Accumulator Prepend(Accumulator before) => this with
        {
            Length = before.Length + Length,
            Leading = before.Leading == before.Length ? before.Length + Leading : before.Leading,
            Trailing = Trailing == Length ? Length + before.Trailing : Trailing,
        };
    }
}
