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
/// <see cref="Norm"/> is the normalised surface; <see cref="Bare"/> the guarded clitic-free stem.
/// </summary>
/// <param name="Index">The token's position in the text.</param>
/// <param name="Kind">What it is made of.</param>
/// <param name="Start">Where it starts in the original text.</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="Surface">The token as printed.</param>
/// <param name="Norm">The normalised surface.</param>
/// <param name="Bare">The clitic-free stem.</param>
public sealed record Token(int Index, TokenKind Kind, int Start, int End, string Surface, string Norm, string Bare)
{
    /// <summary>The token's offsets as a span.</summary>
    public TextSpan Span => new(Start, End);

    /// <summary>Every clitic segmentation of the token, most literal first (for lexicon lookups).</summary>
    public IReadOnlyList<string> Readings => Kind == TokenKind.Word ? ArabicClitics.Readings(Norm) : [Norm];
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
