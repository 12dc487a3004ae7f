namespace Marsad.Text;

// The trie and the search of PhraseMatcher.
internal sealed partial class PhraseMatcher<T>
{
    /// <summary>
    /// The phrase at a position. Each reading of the first word is tried in turn, most literal
    /// first, and each of its inflection cuts, shortest first; a later one wins only with a longer
    /// phrase. Within one cut, the longest phrase wins, and of equally long ones the entry added first.
    /// </summary>
    private PhraseMatch<T>? Match(in Search search)
    {
        var end = Math.Min(search.End, search.Tokens.Count);
        if (search.Start >= end)
            return null;
        var keys = search.Keys(search.Start, first: true);
        Best best = default;
        WordSegments bestFirst = default;
        for (var r = 0; r < keys.Count; r++)
        {
            var first = keys[r];
            var verbs = first.HasOnlyConjunction;
            var maxCut = _inflections is null ? 0 : Math.Min(PhraseMatcherOptions.MaxInflection, first.Stem.Length - 1);
            for (var cut = 0; cut <= maxCut; cut++)
            {
                Best group = default;
                if (cut == 0 && _root.Words is { } words && words.TryGetValue(first.Stem, out var exact))
                    Walk(search, exact, search.Start + 1, end, verbs, ref group);
                if (InflectedChild(_root, first.Stem, cut) is { } inflected)
                    Walk(search, inflected, search.Start + 1, end, verbs, ref group);
                if (group.Values is not null && (best.Values is null || group.Length > best.Length))
                {
                    best = group;
                    bestFirst = first;
                }
            }
            if (_options.Preference == MatchPreference.FirstReading && best.Values is not null)
                break;
        }
        return best.Values is null ? null : new PhraseMatch<T>(search.Start, best.Length, best.Values, bestFirst);
    }

    /// <summary>Every phrase under <paramref name="node"/> that the tokens from <paramref name="next"/> continue.</summary>
    private void Walk(in Search search, Node node, int next, int end, bool verbs, ref Best best)
    {
        var (values, order) = verbs ? (node.All, node.AllOrder) : (node.NotVerbs, node.NotVerbsOrder);
        if (values.Length > 0)
            best.Consider(values, order, next - search.Start);
        Continue(search, node, next, end, verbs, ref best);
    }

    /// <summary>The phrases under <paramref name="node"/> that go on with the token at <paramref name="next"/> (past a quotation mark when allowed).</summary>
    private void Continue(in Search search, Node node, int next, int end, bool verbs, ref Best best)
    {
        if (next >= end || (node.Words is null && node.Inflected is null))
            return;
        if (_options.PassQuotes && search.Tokens[next].IsQuotationMark)
        {
            Continue(search, node, next + 1, end, verbs, ref best);
            return;
        }
        var keys = search.Keys(next, first: false);
        for (var k = 0; k < keys.Count; k++)
        {
            var key = keys[k].Stem;
            if (node.Words is { } words && words.TryGetValue(key, out var child))
                Walk(search, child, next + 1, end, verbs, ref best);
            if (node.Inflected is null)
                continue;
            var maxCut = Math.Min(PhraseMatcherOptions.MaxInflection, key.Length - 1);
            for (var cut = 0; cut <= maxCut; cut++)
            {
                if (InflectedChild(node, key, cut) is { } inflected)
                    Walk(search, inflected, next + 1, end, verbs, ref best);
            }
        }
    }

    /// <summary>The starred word under <paramref name="node"/> whose stem is <paramref name="key"/> without its last <paramref name="cut"/> letters, when they are an inflection.</summary>
    private Node? InflectedChild(Node node, string key, int cut)
    {
        if (node.Inflected is null || _inflections is null)
            return null;
        var span = key.AsSpan();
        if (!_inflections.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span[^cut..]))
            return null;
        return node.Inflected.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span[..^cut], out var child) ? child : null;
    }

    private static IReadOnlyList<WordSegments> KeysOf(Token token, TokenKeys keys) => keys switch
    {
        TokenKeys.ArticleFree => token.ArticleFree,
        TokenKeys.Stems => token.Stems,
        _ => token.Segments,
    };

    /// <summary>One lookup: the tokens, the bounds and where the forms of a token come from.</summary>
    private readonly record struct Search(
        PhraseMatcher<T> Matcher, IReadOnlyList<Token> Tokens, int Start, int End, Func<int, bool, IReadOnlyList<WordSegments>>? KeysAt)
    {
        public IReadOnlyList<WordSegments> Keys(int token, bool first) =>
            KeysAt?.Invoke(token, first) ?? KeysOf(Tokens[token], first ? Matcher._options.FirstWord : Matcher._options.InnerWords);
    }

    /// <summary>The best phrase so far: the longest, and of equally long ones the entry added first.</summary>
    private struct Best
    {
        public T[]? Values;
        public int Length;
        public int Order;

        public void Consider(T[] values, int order, int length)
        {
            if (Values is not null && (length < Length || (length == Length && order >= Order)))
                return;
            Values = values;
            Length = length;
            Order = order;
        }
    }

    /// <summary>A trie node: the words that continue a phrase, and the entries of the phrase that ends here.</summary>
    private sealed class Node
    {
        private readonly List<(T Value, int Order, bool Verb)> _entries = [];

        public Dictionary<string, Node>? Words;

        /// <summary>Starred words, by stem.</summary>
        public Dictionary<string, Node>? Inflected;

        /// <summary>Every value, in the order added; <see cref="AllOrder"/> is the first one's.</summary>
        public T[] All = [];
        public int AllOrder;

        /// <summary>The values a first word written with more than a conjunction reaches: no verb entries.</summary>
        public T[] NotVerbs = [];
        public int NotVerbsOrder;

        public Node Child(ref Dictionary<string, Node>? children, string key)
        {
            children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!children.TryGetValue(key, out var child))
                children[key] = child = new Node();
            return child;
        }

        /// <summary>Adds an entry unless an equal one is there; false when it was.</summary>
        public bool Add(T value, int order, bool verb)
        {
            var comparer = EqualityComparer<T>.Default;
            if (_entries.Exists(e => comparer.Equals(e.Value, value)))
                return false;
            _entries.Add((value, order, verb));
            All = _entries.Select(e => e.Value).ToArray();
            AllOrder = _entries[0].Order;
            var notVerbs = _entries.Where(e => !e.Verb).ToArray();
            NotVerbs = notVerbs.Select(e => e.Value).ToArray();
            NotVerbsOrder = notVerbs.Length > 0 ? notVerbs[0].Order : 0;
            return true;
        }
    }
}
