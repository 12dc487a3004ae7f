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
/// <see cref="Norm"/> is the normalised surface; <see cref="Bare"/> the guarded clitic-free stem.
/// </summary>
public sealed record Token(int Index, TokenKind Kind, int Start, int End, string Surface, string Norm, string Bare)
{
    public TextSpan Span => new(Start, End);

    /// <summary>Every clitic segmentation of the token, most literal first (for lexicon lookups).</summary>
    public IReadOnlyList<string> Readings => Kind == TokenKind.Word ? ArabicClitics.Readings(Norm) : [Norm];
}

/// <summary>A sentence: its original character range and its run of tokens.</summary>
public sealed record Sentence(int Index, int Start, int End, int FirstToken, int TokenCount)
{
    public TextSpan Span => new(Start, End);
    public int EndToken => FirstToken + TokenCount;
}
