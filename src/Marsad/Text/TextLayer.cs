namespace Marsad.Text;

/// <summary>
/// The text layer of one document: the original text, its normalised form with offset map,
/// tokens and sentences. Immutable; every later annotation points into <see cref="Text"/>.
/// </summary>
public sealed class TextLayer
{
    private TextLayer(string text, NormalizedText normalized, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        Text = text;
        Normalized = normalized;
        Tokens = tokens;
        Sentences = sentences;
    }

    /// <summary>The original text: every offset points into it.</summary>
    public string Text { get; }

    internal NormalizedText Normalized { get; }

    /// <summary>The tokens, in order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The sentences, in order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Normalises, tokenises and splits a text.</summary>
    public static TextLayer Build(string text)
    {
        var normalized = ArabicNormalizer.Normalize(text);
        var tokens = Tokenizer.Tokenize(normalized);
        var sentences = SentenceSplitter.Split(text, tokens);
        return new TextLayer(text, normalized, tokens, sentences);
    }

    /// <summary>
    /// A part of this text as a layer of its own, so that a very long text can be read piece by piece:
    /// the same text and character offsets, the tokens [<paramref name="firstToken"/>, <paramref name="endToken"/>)
    /// numbered from 0, and the given runs of those tokens (numbered from 0, in order) as its sentences.
    /// </summary>
    internal TextLayer Window(int firstToken, int endToken, IReadOnlyList<(int FirstToken, int TokenCount)> sentences)
    {
        var tokens = new Token[endToken - firstToken];
        for (var i = 0; i < tokens.Length; i++)
            tokens[i] = Tokens[firstToken + i] with { Index = i };
        var windowSentences = sentences.Select((s, i) => new Sentence(
            i, tokens[s.FirstToken].Start, tokens[s.FirstToken + s.TokenCount - 1].End, s.FirstToken, s.TokenCount)).ToArray();
        return new TextLayer(Text, Normalized, tokens, windowSentences);
    }

    /// <summary>The tokens of one sentence.</summary>
    public IEnumerable<Token> TokensOf(Sentence sentence)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            yield return Tokens[i];
    }

    /// <summary>The sentence containing an original offset, or the last one before it.</summary>
    public Sentence? SentenceAt(int offset)
    {
        Sentence? found = null;
        foreach (var s in Sentences)
        {
            if (s.Start > offset)
                break;
            found = s;
        }
        return found;
    }

    /// <summary>The original text of a span.</summary>
    public string Slice(TextSpan span) => Text[span.Start..span.End];

    /// <summary>The original text of [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public string Slice(int start, int end) => Text[start..end];

    /// <summary>The line that holds the characters from <paramref name="start"/> to <paramref name="end"/>, without its line breaks.</summary>
    public TextSpan LineAround(int start, int end)
    {
        var lineEnd = Text.IndexOf('\n', end);
        return new TextSpan(Text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1, lineEnd < 0 ? Text.Length : lineEnd);
    }
}
