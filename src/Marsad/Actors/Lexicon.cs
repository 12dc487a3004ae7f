using Marsad.Text;

namespace Marsad.Actors;

/// <summary>
/// Lexicon keys: a phrase becomes the sequence of its tokens' normalised forms, each without the
/// article, so "الرئيس الروسي" and "رئيس روسي" share a key and match text tokens through their
/// clitic readings.
/// </summary>
internal static class LexKey
{
    /// <summary>
    /// Only a written article (plain alef + lam) is removed: "ألماني" keeps its "أل", which
    /// normalises to the same letters.
    /// </summary>
    public static string[] Of(string phrase) =>
        Tokenizer.Tokenize(ArabicNormalizer.Normalize(phrase))
            .Select(t => ArabicClitics.StartsWithArticle(t.Surface) ? Word(t.Norm, t.Kind) : t.Norm)
            .ToArray();

    public static string Joined(string phrase) => string.Join(' ', Of(phrase));

    /// <summary>A normalised word without the article (kept when fewer than two letters would remain).</summary>
    public static string Word(string norm, TokenKind kind = TokenKind.Word) =>
        kind == TokenKind.Word && norm.Length >= 4 ? ArabicClitics.WithoutArticle(norm) : norm;
}

internal enum LexKind
{
    Person,
    Country,
    Demonym,
    Capital,
    Metonym,
    Organization,
    Place,
    Title,
    DualHead,
    Honorific,
    Former,
    Coref,
}

/// <summary>
/// One lexicon value. <see cref="Id"/>: person id, ISO3, organisation id, place name, title key,
/// cue; <see cref="Country"/>: ISO3 where one applies; <see cref="Literal"/>: the entry's
/// normalised phrase with its article, to tell "السعودية" (country) from "السورية" (demonym).
/// </summary>
internal sealed record LexEntry(LexKind Kind, string Id, string? Country, string Literal, bool IsShort = false, string? Detail = null);

/// <summary>A trie over token keys; values at the nodes where a phrase ends.</summary>
internal sealed class TokenTrie
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public List<LexEntry>? Values;
    }

    private readonly Node root = new();

    public void Add(IReadOnlyList<string> keys, LexEntry value)
    {
        if (keys.Count == 0)
            return;
        var node = root;
        foreach (var k in keys)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(k, out var next))
                node.Next[k] = next = new Node();
            node = next;
        }
        node.Values ??= [];
        if (!node.Values.Contains(value))
            node.Values.Add(value);
    }

    /// <summary>
    /// Longest phrase starting at <paramref name="start"/>: readingsAt(i, isFirst) gives the keys a
    /// token may stand for (the first token may carry clitics, the inner ones only the article).
    /// Returns the exclusive end, the values, and which reading of the first token matched.
    /// </summary>
    public (int End, IReadOnlyList<LexEntry> Values, string FirstReading)? Longest(int start, int limit, Func<int, bool, IReadOnlyList<string>> readingsAt)
    {
        (int End, IReadOnlyList<LexEntry> Values, string FirstReading)? best = null;
        if (start >= limit || root.Next is null)
            return null;
        foreach (var r in readingsAt(start, true))
        {
            if (!root.Next.TryGetValue(r, out var node))
                continue;
            var found = Deepest(node, start + 1, limit, readingsAt);
            if (found is { } f && (best is null || f.End > best.Value.End))
                best = (f.End, f.Values, r);
        }
        return best;
    }

    private static (int End, IReadOnlyList<LexEntry> Values)? Deepest(Node node, int next, int limit, Func<int, bool, IReadOnlyList<string>> readingsAt)
    {
        (int End, IReadOnlyList<LexEntry> Values)? best = node.Values is { Count: > 0 } v ? (next, v) : null;
        if (next >= limit || node.Next is null)
            return best;
        foreach (var r in readingsAt(next, false))
        {
            if (!node.Next.TryGetValue(r, out var child))
                continue;
            var found = Deepest(child, next + 1, limit, readingsAt);
            if (found is { } f && (best is null || f.End > best.Value.End))
                best = f;
        }
        return best;
    }
}

/// <summary>The token trie of every name, title and cue in a knowledge base.</summary>
internal sealed class Lexicon
{
    public TokenTrie Trie { get; } = new();

    public static Lexicon Build(KnowledgeBase kb)
    {
        var lex = new Lexicon();
        void Add(string phrase, LexEntry entry) => lex.Trie.Add(LexKey.Of(phrase), entry);
        string Lit(string phrase) => string.Join(' ', Tokenizer.Tokenize(ArabicNormalizer.Normalize(phrase)).Select(t => t.Norm));

        foreach (var c in kb.Countries)
        {
            foreach (var name in c.Aliases.Prepend(c.NameAr))
                Add(name, new LexEntry(LexKind.Country, c.Iso3, c.Iso3, Lit(name)));
            foreach (var demonym in c.Demonyms)
                foreach (var (form, infl) in kb.InflectDemonym(demonym))
                    Add(form, new LexEntry(LexKind.Demonym, c.Iso3, c.Iso3, Lit(form), Detail: $"{infl.Gender} {infl.Number}"));
            foreach (var cap in c.Capitals)
                Add(cap, new LexEntry(LexKind.Capital, c.Iso3, c.Iso3, Lit(cap), Detail: cap));
            foreach (var m in c.Metonyms)
                Add(m, new LexEntry(LexKind.Metonym, c.Iso3, c.Iso3, Lit(m), Detail: m));
        }
        foreach (var o in kb.Organizations)
            foreach (var name in o.Aliases.Prepend(o.NameAr))
                Add(name, new LexEntry(LexKind.Organization, o.Id, o.Country, Lit(name)));
        foreach (var p in kb.Places)
            foreach (var name in p.Aliases.Prepend(p.NameAr))
                Add(name, new LexEntry(LexKind.Place, p.NameAr, p.Country, Lit(name)));
        foreach (var p in kb.Persons)
        {
            foreach (var name in p.Aliases.Prepend(p.NameAr))
                Add(name, new LexEntry(LexKind.Person, p.Id, p.Country, Lit(name)));
            foreach (var name in p.Short)
                Add(name, new LexEntry(LexKind.Person, p.Id, p.Country, Lit(name), IsShort: true));
        }
        foreach (var t in kb.Titles)
            Add(t.Phrase, new LexEntry(LexKind.Title, ArabicNormalizer.Key(t.Phrase), t.ImpliedCountry, Lit(t.Phrase)));
        foreach (var (dual, singular) in kb.DualTitleHeads)
            Add(dual, new LexEntry(LexKind.DualHead, singular, null, Lit(dual)));
        foreach (var h in kb.Honorifics)
            Add(h, new LexEntry(LexKind.Honorific, h, null, Lit(h)));
        foreach (var (marker, meaning) in kb.FormerMarkers)
            Add(marker, new LexEntry(LexKind.Former, marker, null, Lit(marker), Detail: meaning));
        foreach (var cue in kb.CoreferenceCues)
            Add(cue.Cue, new LexEntry(LexKind.Coref, cue.Cue, null, Lit(cue.Cue), Detail: cue.Type));
        return lex;
    }
}
