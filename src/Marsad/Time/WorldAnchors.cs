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
/// punctuation, with clitics (و، ف، ب، ل، ال) and a pronoun suffix (Data/text/suffixes.tsv, role
/// stem) on any word allowed ("عمليتها العسكرية الخاصة" matches "العملية العسكرية الخاصة").
/// </summary>
internal sealed class WorldAnchors
{
    /// <summary>Every word is compared by its stems; the most literal stem of the first word that starts a phrase gives its longest.</summary>
    private static readonly PhraseMatcherOptions StemPhrases = TimeLexicon.Phrases with { FirstWord = TokenKeys.Stems, InnerWords = TokenKeys.Stems };

    private readonly PhraseMatcher<LexiconEntry<WorldAnchor>> _phrases = new(StemPhrases);

    /// <summary>The anchors of the rows of Data/time/anchors.tsv.</summary>
    public WorldAnchors(IReadOnlyList<TsvRow> rows)
    {
        All = rows.Select(r => new WorldAnchor(
            r.Required("id"),
            r.List("phrases"),
            r["from"] is { } f ? DateOnly.ParseExact(f, "yyyy-MM-dd") : null,
            r["to"] is { } t ? DateOnly.ParseExact(t, "yyyy-MM-dd") : null,
            r.Required("note"))).ToArray();
        foreach (var a in All)
        {
            foreach (var p in a.Phrases)
            {
                var words = TimeLexicon.FormWords(p).Select(ArabicClitics.StemWithoutArticle).ToArray();
                _phrases.Add(words, new LexiconEntry<WorldAnchor>(a.Id, words, p, a));
            }
        }
    }

    public IReadOnlyList<WorldAnchor> All { get; }

    public IReadOnlyList<AnchorMatch> Find(TextLayer text)
    {
        var words = text.Tokens.Where(t => t.Kind != TokenKind.Punctuation).ToArray();
        return _phrases.FindAll(words, 0, words.Length)
            .Select(m => new AnchorMatch(m.Entry.Value, m.Entry.Form, words[m.FirstToken].Start, words[m.EndToken - 1].End))
            .ToArray();
    }
}
