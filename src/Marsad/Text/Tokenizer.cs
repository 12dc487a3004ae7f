namespace Marsad.Text;

/// <summary>
/// Splits text into word, number, Latin and punctuation tokens. Works on the normalised form
/// (so tatweel and diacritics never split a word) and reports original offsets. Letters and
/// digits glued together ("الـ15") are split into two tokens.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(NormalizedText text)
    {
        var value = text.Value;
        var tokens = new List<Token>(value.Length / 5);
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var kind = KindOf(c);
            var start = i;
            if (kind == TokenKind.Punctuation)
                i++;
            else
                while (i < value.Length && !char.IsWhiteSpace(value[i]) && KindOf(value[i]) == kind)
                    i++;
            var norm = value[start..i];
            var span = text.ToOriginal(start, i);
            var surface = text.Original[span.Start..span.End];
            var bare = kind == TokenKind.Word ? ArabicClitics.Bare(norm) : norm;
            tokens.Add(new Token(tokens.Count, kind, span.Start, span.End, surface, norm, bare));
        }
        return tokens;
    }

    private static TokenKind KindOf(char c)
    {
        if (char.IsDigit(c))
            return TokenKind.Number;
        if (c is >= '\u0621' and <= '\u06FF')
            return char.IsLetter(c) ? TokenKind.Word : TokenKind.Punctuation;
        if (char.IsLetter(c))
            return TokenKind.Latin;
        return TokenKind.Punctuation;
    }
}
