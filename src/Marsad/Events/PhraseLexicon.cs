using Marsad.Data;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>A phrase found in a token sequence: the first token and how many tokens it covers.</summary>
/// <param name="FirstToken">The phrase's first token.</param>
/// <param name="TokenCount">How many tokens it covers.</param>
/// <param name="Entry">What it stands for.</param>
public sealed record PhraseMatch<T>(int FirstToken, int TokenCount, T Entry)
{
    /// <summary>The token after the phrase.</summary>
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>
/// Looks up multi-word phrases of normalised words in token sequences. A pattern word ending in
/// '*' accepts an inflectional suffix listed in Data/events/suffixes.txt (بحث* = بحث، بحثا، بحثت،
/// بحثوا; not "وزاريا" for زار*). Each token is tried in all its clitic readings, so "وبحث" and
/// "الاجتماعات" match "بحث" and "اجتماعات". Patterns are indexed by their first word's stem, so
/// a lookup costs a few dictionary probes per token whatever the size of the lexicon.
/// </summary>
public sealed class PhraseLexicon<T>
{
    /// <summary>How many letters of inflection a pattern word ending in '*' accepts.</summary>
    public const int MaxInflection = 3;

    private static readonly HashSet<string> Suffixes =
        new(DataFiles.ReadList("events/suffixes.txt").Select(ArabicNormalizer.Key), StringComparer.Ordinal) { "" };

    private readonly Dictionary<string, List<(string[] Words, T Entry)>> _byFirstStem = new(StringComparer.Ordinal);

    private readonly Func<T, bool> _isVerb;

    /// <param name="entries">Patterns and what they stand for.</param>
    /// <param name="isVerb">
    /// Entries whose first word is a verb: it may carry a conjunction ("وبحث") but not the article
    /// or a preposition, so "الهاتف" (the telephone) does not read as هاتف (he phoned).
    /// </param>
    public PhraseLexicon(IEnumerable<(string Pattern, T Entry)> entries, Func<T, bool>? isVerb = null)
    {
        _isVerb = isVerb ?? (_ => false);
        foreach (var (pattern, entry) in entries)
        {
            var words = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.EndsWith('*') ? ArabicNormalizer.Key(w[..^1]) + "*" : ArabicNormalizer.Key(w))
                .ToArray();
            if (words.Length == 0)
                continue;
            var stem = words[0].TrimEnd('*');
            if (!_byFirstStem.TryGetValue(stem, out var list))
                _byFirstStem[stem] = list = [];
            list.Add((words, entry));
        }
    }

    /// <summary>Longest phrase starting at token <paramref name="start"/>, or null.</summary>
    public PhraseMatch<T>? MatchAt(IReadOnlyList<Token> tokens, int start, int end)
    {
        PhraseMatch<T>? best = null;
        var token = tokens[start];
        foreach (var reading in token.Readings)
        {
            var verbReading = IsVerbReading(token.Norm, reading);
            for (var cut = 0; cut <= MaxInflection && cut < reading.Length; cut++)
            {
                if (!_byFirstStem.TryGetValue(reading[..^cut], out var candidates))
                    continue;
                foreach (var (words, entry) in candidates)
                {
                    if (words.Length > end - start || (best is not null && words.Length <= best.TokenCount))
                        continue;
                    if (!verbReading && _isVerb(entry))
                        continue;
                    if (WordMatches(words[0], reading) && RestMatches(words, tokens, start))
                        best = new PhraseMatch<T>(start, words.Length, entry);
                }
            }
        }
        return best;
    }

    /// <summary>All non-overlapping phrases in tokens [start, end), longest first at each position.</summary>
    public IReadOnlyList<PhraseMatch<T>> FindAll(IReadOnlyList<Token> tokens, int start, int end)
    {
        var found = new List<PhraseMatch<T>>();
        var i = start;
        while (i < end)
        {
            if (tokens[i].Kind == TokenKind.Word && MatchAt(tokens, i, end) is { } match)
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

    /// <summary>A reading a verb can have: the word itself, or without a leading conjunction (Data/events/frame-words.tsv).</summary>
    private static bool IsVerbReading(string word, string reading) =>
        reading == word || (word.Length > 1 && FrameWords.Default.WithoutConjunction(word) is { } rest && reading == rest);

    private static bool RestMatches(string[] words, IReadOnlyList<Token> tokens, int start)
    {
        for (var k = 1; k < words.Length; k++)
        {
            if (!tokens[start + k].Readings.Any(r => WordMatches(words[k], r)))
                return false;
        }
        return true;
    }

    private static bool WordMatches(string patternWord, string reading)
    {
        if (!patternWord.EndsWith('*'))
            return reading == patternWord;
        var stem = patternWord[..^1];
        return reading.StartsWith(stem, StringComparison.Ordinal) && reading.Length - stem.Length <= MaxInflection
            && Suffixes.Contains(reading[stem.Length..]);
    }
}
