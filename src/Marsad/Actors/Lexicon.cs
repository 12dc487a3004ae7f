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
        kind == TokenKind.Word ? ArabicClitics.StemWithoutArticle(norm) : norm;
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
    GroupHead,
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

/// <summary>Every name, title and cue of a knowledge base as phrases of lexicon keys.</summary>
internal sealed class Lexicon
{
    /// <summary>
    /// The first word of a phrase may carry clitics (every reading: "والرئيس", "للرئيس"), the
    /// inner ones only the article ("الروسي"); the longest phrase wins.
    /// </summary>
    private static readonly PhraseMatcherOptions KeyPhrases = new() { FirstWord = TokenKeys.Readings, InnerWords = TokenKeys.ArticleFree };

    public PhraseMatcher<LexEntry> Phrases { get; } = new(KeyPhrases);

    /// <summary>
    /// A name as the base writes it and with "عبد" joined to the word after it or parted from it: the press
    /// prints "عبدالله بن زايد آل نهيان" and "عبد الله بن زايد آل نهيان" alike.
    /// </summary>
    internal static IEnumerable<string> AbdSpellings(string name) => [name, AbdJoined(name), AbdParted(name)];

    /// <summary>The name with "عبد" joined to the word after it: "عبد الله الثاني" → "عبدالله الثاني".</summary>
    internal static string AbdJoined(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var joined = new List<string>();
        for (var i = 0; i < words.Length; i++)
            joined.Add(words[i] == Abd && i + 1 < words.Length ? Abd + words[++i] : words[i]);
        return string.Join(' ', joined);
    }

    /// <summary>The name with "عبد" parted from the word it is joined to: "عبدالعزيز" → "عبد العزيز".</summary>
    private static string AbdParted(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.StartsWith(Abd + "ال", StringComparison.Ordinal) && w.Length > Abd.Length + 2 ? Abd + " " + w[Abd.Length..] : w));

    private const string Abd = "عبد";

    public static Lexicon Build(KnowledgeBase kb)
    {
        var lex = new Lexicon();
        void Add(string phrase, LexEntry entry) => lex.Phrases.Add(LexKey.Of(phrase), entry);
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
            foreach (var name in p.Aliases.Prepend(p.NameAr).SelectMany(AbdSpellings).Distinct(StringComparer.Ordinal))
                Add(name, new LexEntry(LexKind.Person, p.Id, p.Country, Lit(name)));
            foreach (var name in p.Short)
                Add(name, new LexEntry(LexKind.Person, p.Id, p.Country, Lit(name), IsShort: true));
        }
        foreach (var t in kb.Titles)
            Add(t.Phrase, new LexEntry(LexKind.Title, ArabicNormalizer.Key(t.Phrase), t.ImpliedCountry, Lit(t.Phrase)));
        foreach (var (dual, singular) in kb.DualTitleHeads)
            Add(dual, new LexEntry(LexKind.DualHead, singular, null, Lit(dual)));
        foreach (var (head, singular) in kb.GroupTitleHeads)
            Add(head, new LexEntry(LexKind.GroupHead, singular, null, Lit(head)));
        foreach (var h in kb.Honorifics)
            Add(h, new LexEntry(LexKind.Honorific, h, null, Lit(h)));
        foreach (var (marker, meaning) in kb.FormerMarkers)
            Add(marker, new LexEntry(LexKind.Former, marker, null, Lit(marker), Detail: meaning));
        foreach (var cue in kb.CoreferenceCues)
            Add(cue.Cue, new LexEntry(LexKind.Coref, cue.Cue, null, Lit(cue.Cue), Detail: cue.Type));
        return lex;
    }
}
