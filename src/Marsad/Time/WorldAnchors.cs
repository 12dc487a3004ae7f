using Marsad.Data;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>A dated world event that phrases in a text can only follow (or precede): Data/time/anchors.tsv.</summary>
internal sealed record WorldAnchor(string Id, IReadOnlyList<string> Phrases, DateOnly? From, DateOnly? To, string Note)
{
    public bool Allows(DateOnly day) => (From is not { } f || day >= f) && (To is not { } t || day <= t);

    public string Bound => (From, To) switch
    {
        ({ } f, { } t) => $"{f:yyyy-MM-dd}..{t:yyyy-MM-dd}",
        ({ } f, null) => $">= {f:yyyy-MM-dd}",
        (null, { } t) => $"<= {t:yyyy-MM-dd}",
        _ => "any",
    };
}

/// <summary>An anchor phrase found in a text.</summary>
internal sealed record AnchorMatch(WorldAnchor Anchor, string Phrase, int Start, int End);

/// <summary>
/// Finds world-event anchor phrases. Phrases are matched as normalised word sequences, skipping
/// punctuation, with clitics (و، ف، ب، ل، ال) and a possessive ending on any word allowed
/// ("عمليتها العسكرية الخاصة" matches "العملية العسكرية الخاصة").
/// </summary>
internal static class WorldAnchors
{
    private static readonly Lazy<(IReadOnlyList<WorldAnchor> Anchors, PhraseLexicon<WorldAnchor> Lexicon)> Embedded = new(Load);

    public static IReadOnlyList<WorldAnchor> All => Embedded.Value.Anchors;

    private static (IReadOnlyList<WorldAnchor>, PhraseLexicon<WorldAnchor>) Load()
    {
        var anchors = DataFiles.ReadTable("time/anchors.tsv").Select(r => new WorldAnchor(
            r.Required("id"),
            r.List("phrases"),
            r["from"] is { } f ? DateOnly.ParseExact(f, "yyyy-MM-dd") : null,
            r["to"] is { } t ? DateOnly.ParseExact(t, "yyyy-MM-dd") : null,
            r.Required("note"))).ToArray();
        var entries = anchors.SelectMany(a => a.Phrases.Select(p =>
            new LexiconEntry<WorldAnchor>(a.Id, PhraseLexicon<WorldAnchor>.Words(p).Select(ArabicClitics.StemWithoutArticle).ToArray(), p, a)));
        return (anchors, new PhraseLexicon<WorldAnchor>(entries));
    }

    public static IReadOnlyList<AnchorMatch> Find(TextLayer text) => Find(text, TimeLexicon.Default.FunctionWords);

    /// <summary>As <see cref="Find(TextLayer)"/>, with the given possessive endings.</summary>
    internal static IReadOnlyList<AnchorMatch> Find(TextLayer text, TimeFunctionWords functionWords)
    {
        var endings = functionWords[TimeWordRole.PossessiveEnding];
        var words = text.Tokens.Where(t => t.Kind != TokenKind.Punctuation).ToArray();
        var stems = new Dictionary<int, HashSet<string>>(words.Length);
        foreach (var w in words)
            stems[w.Index] = Stems(w, endings);
        var lexicon = Embedded.Value.Lexicon;
        var found = new List<AnchorMatch>();
        var i = 0;
        while (i < words.Length)
        {
            if (lexicon.Match(words, i, stems[words[i].Index], (t, w) => stems[t.Index].Contains(w)) is { } m)
            {
                found.Add(new AnchorMatch(m.Entry.Value, m.Entry.Form, words[i].Start, words[m.End - 1].End));
                i = m.End;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    /// <summary>Every stem a token can stand for: its clitic readings without the article, and without a possessive ending (ت restored to ة).</summary>
    private static HashSet<string> Stems(Token token, IReadOnlySet<string> possessiveEndings)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in token.Kind == TokenKind.Word ? ArabicClitics.Readings(token.Norm) : [token.Norm])
        {
            var s = ArabicClitics.StemWithoutArticle(r);
            stems.Add(s);
            foreach (var ending in possessiveEndings)
            {
                if (s.Length - ending.Length < 3 || !s.EndsWith(ending, StringComparison.Ordinal))
                    continue;
                stems.Add(ArabicClitics.RestoreTaMarbuta(s[..^ending.Length]));
            }
        }
        return stems;
    }
}
