namespace Marsad.Text;

/// <summary>Whether a sentence is a headline (or a subheading) or prose.</summary>
internal static class SentenceShape
{
    /// <summary>Tokens from which an unclosed line is prose cut off (a page excerpt's last line), not a headline.</summary>
    public const int HeadlineTokens = 20;

    /// <summary>A short line that no full stop closes: a headline or a subheading, not a sentence of prose.</summary>
    public static bool IsHeadline(IReadOnlyList<Token> tokens, Sentence sentence) =>
        sentence.TokenCount is > 0 and < HeadlineTokens && tokens[sentence.EndToken - 1].Norm is not ("." or "؟" or "!" or "?");
}
