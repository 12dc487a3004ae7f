namespace Marsad.Text;

/// <summary>
/// Splits text into word, number, Latin and punctuation tokens. Works on the normalised form
/// (so tatweel and diacritics never split a word) and reports original offsets. Letters and
/// digits glued together ("الـ15") are split into two tokens.
/// </summary>
internal static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(NormalizedText text)
    {
        var value = text.Value;
        var tokens = new List<Token>(value.Length / 5);
        var classes = Classes;
        var i = 0;
        while (i < value.Length)
        {
            var cls = classes[value[i]];
            if (cls == Space)
            {
                i++;
                continue;
            }
            var kind = (TokenKind)cls;
            var start = i;
            if (kind == TokenKind.Punctuation)
                i++;
            else
                while (i < value.Length && classes[value[i]] == cls)
                    i++;
            var forms = Forms(value.AsSpan(start, i - start), kind);
            var span = text.ToOriginal(start, i);
            var original = text.Original.AsSpan(span.Start, span.Length);
            // Most surfaces need no folding: share the string instead of copying it.
            var surface = original.SequenceEqual(forms.Norm) ? forms.Norm : Surface(original);
            tokens.Add(new Token(tokens.Count, kind, span.Start, span.End, surface, forms));
        }
        return tokens;
    }

    // News text repeats its vocabulary, so each thread keeps the forms (normalised string, clitic
    // stem, segmentations) of the words it has seen: one dictionary probe instead of computing them
    // per token. The forms depend only on the word, so the cache never changes a result; it is
    // dropped when it grows large.
    private const int CacheLimit = 200_000;

    [ThreadStatic]
    private static Dictionary<string, WordForms>? t_formsByNorm;

    private static WordForms Forms(ReadOnlySpan<char> norm, TokenKind kind)
    {
        var cache = t_formsByNorm ??= new Dictionary<string, WordForms>(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(norm, out var cached))
            // A string is read as one kind of token (the tokenizer cuts where the kind changes);
            // the check keeps the cache right whatever the caller.
            return cached.Kind == kind ? cached : new WordForms(cached.Norm, kind, PronounSuffixes.Default);
        if (cache.Count >= CacheLimit)
            cache.Clear();
        var forms = new WordForms(norm.ToString(), kind, PronounSuffixes.Default);
        cache[forms.Norm] = forms;
        return forms;
    }

    [ThreadStatic]
    private static HashSet<string>? t_surfaces;

    private static string Surface(ReadOnlySpan<char> original)
    {
        var cache = t_surfaces ??= new HashSet<string>(StringComparer.Ordinal);
        if (cache.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(original, out var known))
            return known;
        if (cache.Count >= CacheLimit)
            cache.Clear();
        var text = original.ToString();
        cache.Add(text);
        return text;
    }

    // Character classes, one lookup per character: the token kinds, and Space for whitespace.
    private const byte Space = byte.MaxValue;
    private static readonly byte[] Classes = BuildClasses();

    private static byte[] BuildClasses()
    {
        var classes = new byte[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
            classes[i] = char.IsWhiteSpace((char)i) ? Space : (byte)KindOf((char)i);
        return classes;
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
