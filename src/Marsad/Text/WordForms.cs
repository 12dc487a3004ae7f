namespace Marsad.Text;

/// <summary>
/// One way to cut a word (Text/ArabicClitics): the conjunction (و، ف), the preposition (ب، ك، ل)
/// and the article written before the stem, and the pronoun suffix cut after it. "وللرئيس" = و +
/// ل + ال + رئيس (ل + ال is written لل); "عمليتها" = عملية + ها. The stem is what a lexicon compares.
/// </summary>
public readonly record struct WordSegments(string Conjunction, string Preposition, string Article, string Stem, string Suffix)
{
    /// <summary>The word as one stem, nothing cut.</summary>
    public static WordSegments Whole(string word) => new("", "", "", word, "");

    /// <summary>True when nothing but a conjunction is cut before the stem ("وبحث" → بحث): how a verb may be written.</summary>
    public bool HasOnlyConjunction => Preposition.Length == 0 && Article.Length == 0;
}

/// <summary>
/// The forms of one normalised word that the stages compare, computed once per distinct word (the
/// tokenizer keeps them for the words it has seen): its best clitic-free stem, its segmentations,
/// its article-free form and its stems without a pronoun suffix. A token that is not a word is its
/// own only form.
/// </summary>
public sealed class WordForms
{
    internal WordForms(string norm, TokenKind kind, PronounSuffixes suffixes)
    {
        Norm = norm;
        Kind = kind;
        var isWord = kind == TokenKind.Word;
        Bare = isWord ? ArabicClitics.Bare(norm) : norm;
        Segments = isWord ? ArabicClitics.Segments(norm) : [WordSegments.Whole(norm)];
        var readings = new string[Segments.Count];
        for (var i = 0; i < readings.Length; i++)
            readings[i] = Segments[i].Stem;
        Readings = readings;
        ArticleFree = isWord ? ArabicClitics.ArticleFree(norm) : [WordSegments.Whole(norm)];
        Stems = ArabicClitics.Stems(Segments, suffixes[SuffixRole.Stem]);
    }

    /// <summary>The forms of a word with the embedded suffix table (the tokenizer's are cached).</summary>
    public static WordForms Of(string norm, TokenKind kind) => new(norm, kind, PronounSuffixes.Default);

    /// <summary>The normalised word.</summary>
    public string Norm { get; }

    /// <summary>What the token is made of (only words have clitics).</summary>
    public TokenKind Kind { get; }

    /// <summary>The guarded clitic-free stem: "والروسي" → "روسي", "وزير" → "وزير".</summary>
    public string Bare { get; }

    /// <summary>Every clitic segmentation, most literal first (<see cref="ArabicClitics.Segments"/>).</summary>
    public IReadOnlyList<WordSegments> Segments { get; }

    /// <summary>The stems of <see cref="Segments"/>, in their order: the keys of a word for the lexicons.</summary>
    public IReadOnlyList<string> Readings { get; }

    /// <summary>The word, and without a written article: how a word inside an actor phrase is keyed ("الروسي" → روسي).</summary>
    public IReadOnlyList<WordSegments> ArticleFree { get; }

    /// <summary>The segmentations without the article and, where one ends them, a pronoun suffix ("عمليتها" → عمليه).</summary>
    public IReadOnlyList<WordSegments> Stems { get; }
}
