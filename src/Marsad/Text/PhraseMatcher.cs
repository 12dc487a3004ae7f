namespace Marsad.Text;

/// <summary>Which forms of a token a phrase word is compared with.</summary>
internal enum TokenKeys
{
    /// <summary>Every clitic reading (<see cref="Token.Segments"/>): "وبالأمس" is وبالامس، بالامس، الامس، امس.</summary>
    Readings,

    /// <summary>The word as written and without a written article (<see cref="Token.ArticleFree"/>): "الروسي" is الروسي، روسي.</summary>
    ArticleFree,

    /// <summary>The readings without the article and a pronoun suffix (<see cref="Token.Stems"/>): "عمليتها" is عمليه.</summary>
    Stems,
}

/// <summary>Which phrase a position gives when several start there.</summary>
internal enum MatchPreference
{
    /// <summary>The longest over every reading of the first word; of equally long ones, the first reading's.</summary>
    Longest,

    /// <summary>The longest of the first (most literal) reading of the first word that starts any phrase.</summary>
    FirstReading,
}

/// <summary>How a <see cref="PhraseMatcher{T}"/> compares tokens with the words of its phrases.</summary>
internal sealed record PhraseMatcherOptions
{
    /// <summary>How many letters an inflection adds to a starred word at most.</summary>
    public const int MaxInflection = 3;

    /// <summary>The forms of the first token of a phrase.</summary>
    public TokenKeys FirstWord { get; init; } = TokenKeys.Readings;

    /// <summary>The forms of the tokens after the first.</summary>
    public TokenKeys InnerWords { get; init; } = TokenKeys.Readings;

    public MatchPreference Preference { get; init; } = MatchPreference.Longest;

    /// <summary>
    /// The endings a phrase word written with a final '*' may take (بحث* = بحث، بحثا، بحثت: the bare
    /// stem always matches); null when '*' is a letter like any other.
    /// </summary>
    public IReadOnlySet<string>? Inflections { get; init; }

    /// <summary>Whether <see cref="PhraseMatcher{T}.FindAll"/> starts phrases at word tokens only (not at punctuation or numbers).</summary>
    public bool StartAtWords { get; init; }

    /// <summary>
    /// Whether a quotation mark inside a phrase is passed over: the press quotes the name part of a
    /// name ("صيغة «أستانا»", "مجموعة \"بريكس\"") and the phrase is the same.
    /// </summary>
    public bool PassQuotes { get; init; }
}

/// <summary>
/// A phrase found in a token sequence: its first token, how many tokens it covers, the values of
/// every entry with those words (in the order they were added) and the segmentation of the first
/// token that matched (the token may carry clitics).
/// </summary>
internal sealed record PhraseMatch<T>(int FirstToken, int TokenCount, IReadOnlyList<T> Values, WordSegments FirstWord)
{
    public int EndToken => FirstToken + TokenCount;

    /// <summary>The value of the first entry added with these words.</summary>
    public T Entry => Values[0];
}

/// <summary>
/// The phrase matcher of every stage: a trie over token keys. Phrases are sequences of normalised
/// words; a token matches a word when one of its forms (<see cref="PhraseMatcherOptions"/>) equals
/// it, or, for a starred word, is its stem plus an inflection. A lookup costs a few dictionary
/// probes per token whatever the size of the lexicon. Built once, then safe to read from any thread.
/// </summary>
internal sealed partial class PhraseMatcher<T>(PhraseMatcherOptions? options = null)
{
    private readonly Node _root = new();
    private readonly PhraseMatcherOptions _options = options ?? new PhraseMatcherOptions();
    private readonly HashSet<string>? _inflections =
        options?.Inflections is { } set ? new HashSet<string>(set, StringComparer.Ordinal) { "" } : null;

    private int _added;

    /// <summary>How many entries were added.</summary>
    public int Count => _added;

    /// <summary>
    /// Adds a phrase of normalised words. A word ending in '*' takes an inflection when the options
    /// list them. <paramref name="firstWordIsVerb"/>: the first word may carry a conjunction
    /// ("وبحث") but not the article or a preposition, so "الهاتف" (the telephone) does not read as
    /// هاتف (he phoned). An entry equal to one the words already have is not added twice.
    /// </summary>
    public void Add(IReadOnlyList<string> words, T value, bool firstWordIsVerb = false)
    {
        if (words.Count == 0)
            return;
        var node = _root;
        foreach (var word in words)
        {
            if (_inflections is not null && word.EndsWith('*'))
            {
                if (word.Length == 1)
                    throw new ArgumentException("A starred word needs a stem.", nameof(words));
                node = node.Child(ref node.Inflected, word[..^1]);
            }
            else
            {
                node = node.Child(ref node.Words, word);
            }
        }
        if (node.Add(value, _added, firstWordIsVerb))
            _added++;
    }

    /// <summary>The phrase starting at token <paramref name="start"/> that may run to the end of the tokens.</summary>
    public PhraseMatch<T>? MatchAt(IReadOnlyList<Token> tokens, int start) => MatchAt(tokens, start, tokens.Count);

    /// <summary>The phrase starting at token <paramref name="start"/> within tokens [start, <paramref name="end"/>), or null.</summary>
    public PhraseMatch<T>? MatchAt(IReadOnlyList<Token> tokens, int start, int end) => Match(new Search(this, tokens, start, end, null));

    /// <summary>
    /// As <see cref="MatchAt(IReadOnlyList{Token}, int, int)"/>, with the forms of each token given by
    /// <paramref name="keysAt"/>(token index, whether it is the first word).
    /// </summary>
    public PhraseMatch<T>? MatchAt(IReadOnlyList<Token> tokens, int start, int end, Func<int, bool, IReadOnlyList<WordSegments>> keysAt) =>
        Match(new Search(this, tokens, start, end, keysAt));

    /// <summary>All non-overlapping phrases in tokens [start, end), left to right, each the one <see cref="MatchAt(IReadOnlyList{Token}, int, int)"/> gives.</summary>
    public IReadOnlyList<PhraseMatch<T>> FindAll(IReadOnlyList<Token> tokens, int start, int end)
    {
        var found = new List<PhraseMatch<T>>();
        var i = start;
        while (i < end)
        {
            if ((!_options.StartAtWords || tokens[i].Kind == TokenKind.Word) && MatchAt(tokens, i, end) is { } match)
            {
                found.Add(match);
                i = match.EndToken;
            }
            else
            {
                i++;
            }
        }
        return found;
    }
}
