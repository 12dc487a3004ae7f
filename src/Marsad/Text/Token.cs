namespace Marsad.Text;

public enum TokenKind
{
    Word,
    Number,
    Latin,
    Punctuation,
}

/// <summary>
/// One token. <see cref="Start"/>/<see cref="End"/> are offsets into the original text;
/// <see cref="Norm"/> is the normalised surface; <see cref="Forms"/> its segmentations, computed once.
/// </summary>
public sealed record Token(int Index, TokenKind Kind, int Start, int End, string Surface, WordForms Forms)
{
    public TextSpan Span => new(Start, End);

    /// <summary>The normalised surface.</summary>
    public string Norm => Forms.Norm;

    /// <summary>The guarded clitic-free stem ("والروسي" → "روسي").</summary>
    public string Bare => Forms.Bare;

    /// <summary>Every clitic segmentation of the token, most literal first: conjunction, preposition, article, stem.</summary>
    public IReadOnlyList<WordSegments> Segments => Forms.Segments;

    /// <summary>The stems of <see cref="Segments"/>, most literal first (for lexicon lookups).</summary>
    public IReadOnlyList<string> Readings => Forms.Readings;

    /// <summary>The word, and without a written article ("الروسي" → روسي).</summary>
    public IReadOnlyList<WordSegments> ArticleFree => Forms.ArticleFree;

    /// <summary>The segmentations without the article and a pronoun suffix ("عمليتها" → عمليه).</summary>
    public IReadOnlyList<WordSegments> Stems => Forms.Stems;
}

/// <summary>A sentence: its original character range and its run of tokens.</summary>
public sealed record Sentence(int Index, int Start, int End, int FirstToken, int TokenCount)
{
    public TextSpan Span => new(Start, End);
    public int EndToken => FirstToken + TokenCount;
}
