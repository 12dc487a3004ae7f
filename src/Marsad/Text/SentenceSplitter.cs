using Marsad.Data;

namespace Marsad.Text;

/// <summary>
/// Sentence boundaries for Arabic news: every line break ends a sentence (paragraphs in scraped
/// news are sentences or groups of them); inside a line, '.', '!', '?', '؟' and '…' end one
/// unless they stand inside an open quotation (« », “ ”, " "), follow an abbreviation listed in
/// Data/text/abbreviations.txt, or sit between digits.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations =
        new(DataFiles.ReadList("text/abbreviations.txt").Select(ArabicNormalizer.Key), StringComparer.Ordinal);

    public static IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        var quoteDepth = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var next = t + 1 < tokens.Count ? tokens[t + 1] : null;
            var lineBreak = next is not null && text.AsSpan(token.End, next.Start - token.End).Contains('\n');
            var depthBefore = quoteDepth;
            if (token.Kind == TokenKind.Punctuation)
                quoteDepth = TrackQuotes(token.Norm, quoteDepth, text, token.Start);
            var end = lineBreak || next is null || (quoteDepth == 0 && EndsSentence(tokens, t, text))
                || (depthBefore > 0 && quoteDepth == 0 && ClosesQuotedSentence(tokens, t));
            if (!end)
                continue;
            if (lineBreak)
                quoteDepth = 0;
            sentences.Add(new Sentence(sentences.Count, tokens[first].Start, token.End, first, t - first + 1));
            first = t + 1;
        }
        return sentences;
    }

    private static int TrackQuotes(string mark, int depth, string text, int at) => mark switch
    {
        "«" or "“" => depth + 1,
        "»" or "”" => Math.Max(0, depth - 1),
        // A straight quote opens when the character before it is a space or line start.
        "\"" => at == 0 || char.IsWhiteSpace(text[at - 1]) || text[at - 1] is '(' or ':' ? depth + 1 : Math.Max(0, depth - 1),
        _ => depth,
    };

    private static bool IsStop(Token token) =>
        token.Kind == TokenKind.Punctuation && token.Norm is "." or "!" or "?" or "؟" or "…";

    private static bool IsClosing(Token token) =>
        token.Kind == TokenKind.Punctuation && token.Norm is "." or "»" or "”" or ")" or "\"" or "!" or "؟";

    /// <summary>«انتهى الاجتماع.» ثم: the stop sits inside the quotation, so the sentence ends at the closing mark.</summary>
    private static bool ClosesQuotedSentence(IReadOnlyList<Token> tokens, int t)
    {
        var token = tokens[t];
        var prev = t > 0 ? tokens[t - 1] : null;
        var next = t + 1 < tokens.Count ? tokens[t + 1] : null;
        if (prev is null || !IsStop(prev) || prev.End != token.Start)
            return false;
        return next is null || !IsClosing(next) || next.Start != token.End;
    }

    private static bool EndsSentence(IReadOnlyList<Token> tokens, int t, string text)
    {
        var token = tokens[t];
        if (token.Kind != TokenKind.Punctuation || token.Norm is not ("." or "!" or "?" or "؟" or "…"))
            return false;
        var prev = t > 0 ? tokens[t - 1] : null;
        var next = t + 1 < tokens.Count ? tokens[t + 1] : null;
        // Closing punctuation that follows the stop belongs to the same sentence.
        if (next is { Kind: TokenKind.Punctuation } && next.Norm is "." or "»" or "”" or ")" or "\"" or "!" or "؟" && next.Start == token.End)
            return false;
        if (token.Norm == "." && prev is not null && prev.End == token.Start)
        {
            if (prev.Kind == TokenKind.Number && next is { Kind: TokenKind.Number } && next.Start == token.End)
                return false;
            if (Abbreviations.Contains(prev.Norm) || (prev.Kind == TokenKind.Word && prev.Norm.Length == 1))
                return false;
        }
        _ = text;
        return true;
    }
}
