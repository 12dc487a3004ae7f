namespace Marsad.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Arabic letters.</summary>
    Word,

    /// <summary>Digits.</summary>
    Number,

    /// <summary>Latin letters.</summary>
    Latin,

    /// <summary>Punctuation and other symbols.</summary>
    Punctuation,
}

/// <summary>
/// One token. <see cref="Start"/>/<see cref="End"/> are offsets into the original text;
/// <see cref="Norm"/> is the normalised surface; <see cref="Forms"/> its segmentations, computed once.
/// </summary>
/// <param name="Index">The token's position in the text.</param>
/// <param name="Kind">What it is made of.</param>
/// <param name="Start">Where it starts in the original text.</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="Surface">The token as printed.</param>
/// <param name="Forms">Its normalised form and segmentations, computed once.</param>
public sealed record Token(int Index, TokenKind Kind, int Start, int End, string Surface, WordForms Forms)
{
    /// <summary>The token's offsets as a span.</summary>
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

    /// <summary>Whether the token is a quotation mark, opening or closing, in any of the styles the press prints.</summary>
    public bool IsQuotationMark => Kind == TokenKind.Punctuation && Norm is "\"" or "«" or "»" or "“" or "”" or "„";
}

/// <summary>A sentence: its original character range and its run of tokens.</summary>
/// <param name="Index">The sentence's position in the text.</param>
/// <param name="Start">Where it starts in the original text.</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="FirstToken">Its first token.</param>
/// <param name="TokenCount">How many tokens it has.</param>
public sealed record Sentence(int Index, int Start, int End, int FirstToken, int TokenCount)
{
    /// <summary>The sentence's character range.</summary>
    public TextSpan Span => new(Start, End);

    /// <summary>The token after the sentence's last.</summary>
    public int EndToken => FirstToken + TokenCount;
}
