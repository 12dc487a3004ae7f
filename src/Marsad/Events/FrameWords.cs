using System.Globalization;
using Marsad.Data;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>The function-word table of the frame builder (Data/events/frame-words.tsv).</summary>
internal sealed class FrameWords
{
    private readonly Dictionary<string, HashSet<string>> _byRole;
    private readonly Dictionary<(string Role, string Word), int> _reach;

    /// <summary>The words of the rows of Data/events/frame-words.tsv.</summary>
    public FrameWords(IReadOnlyList<TsvRow> rows)
    {
        _byRole = rows
            .GroupBy(r => r.Required("role"))
            .ToDictionary(g => g.Key, g => g.Select(r => ArabicNormalizer.Key(r.Required("word"))).ToHashSet(StringComparer.Ordinal));
        _reach = rows
            .Where(r => r["reach"] is not null)
            .ToDictionary(r => (r.Required("role"), ArabicNormalizer.Key(r.Required("word"))), r => int.Parse(r.Required("reach"), CultureInfo.InvariantCulture));
    }

    private bool Has(string role, string? word) => word is not null && _byRole.TryGetValue(role, out var set) && set.Contains(word);

    /// <summary>The word of <paramref name="role"/> that <paramref name="word"/> starts with (a clitic), if any.</summary>
    private string? PrefixOf(string role, string word)
    {
        if (!_byRole.TryGetValue(role, out var set))
            return null;
        foreach (var prefix in set)
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
                return prefix;
        }
        return null;
    }

    public bool IsGlue(string word) => Has("glue", word);
    public bool IsLocative(string? word) => Has("locative", word);
    public bool IsTopicMarker(string? word) => Has("topic", word);

    /// <summary>The first token from <paramref name="from"/> to before <paramref name="to"/> that marks a topic ("حول", "بشأن"), or -1.</summary>
    public int FirstTopicMarker(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsTopicMarker(tokens[i].Norm))
                return i;
        }
        return -1;
    }
    public bool IsComitative(string? word) => Has("comitative", word);
    public bool IsBoundary(string word) => Has("boundary", word);
    public bool IsNounContext(string? word) => Has("noun-context", word);
    public bool IsReferencing(string? word) => Has("referenced", word);
    public bool IsTopicNoun(string word) => Has("topic-noun", word);
    public bool IsLightVerb(string word) => Has("light-verb", word) || (word.Length > 1 && ArabicClitics.WithoutConjunction(word) is { } rest && Has("light-verb", rest));
    public bool IsCoordinator(string word) => Has("coordinator", word);
    public bool IsSpeechOpener(string word) => Has("speech-opener", word);
    public bool IsOccasionNoun(string word) => Has("occasion-noun", word);
    public bool IsOtherOccurrence(string word) => Has("other-occurrence", word);
    public bool IsLocativeClitic(string clitic) => Has("locative-clitic", clitic);
    public bool IsDestinationClitic(string clitic) => Has("destination-clitic", clitic);
    public bool IsHonorific(string word) => Has("honorific", word);
    public bool IsOffice(string word) => Has("office", word);
    public bool IsListOpener(string word) => Has("list-opener", word);
    public bool IsOrigin(string word) => Has("origin", word);
    public bool IsPatronage(string? word) => Has("patronage", word);
    public bool IsAdverb(string word) => Has("adverb", word);
    public bool IsDemonstrative(string word) => Has("demonstrative", word);
    public bool IsMultilateralMarker(string word) => Has("multilateral-marker", word);
    public bool IsDistributive(string word) => Has("distributive", word);
    public bool IsSidelines(string word) => Has("sidelines", word);
    public bool IsOccasionGlue(string word) => Has("occasion-glue", word);
    public bool IsContinuation(string word) => Has("continuation", word);
    public bool IsHonorificPronoun(string word) => Has("honorific-pronoun", word);
    public bool IsOtherTime(string word) => Has("other-time", word);
    public bool IsTopicVerb(string word) => Has("topic-verb", word);
    public bool IsCoincidence(string word) => Has("coincidence", word);
    public bool IsArrival(string word) => Has("arrival", word);
    public bool IsCame(string word) => Has("came", word);
    public bool IsDuring(string word) => Has("during", word);
    public bool IsReception(string word) => Has("reception", word);
    public bool IsBeginning(string word) => Has("beginning", word);
    public bool IsRelativePronoun(string word) => Has("relative-pronoun", word);
    public bool IsDuration(string word) => Has("duration", word);
    public bool IsGratitude(string word) => Has("gratitude", word);
    public bool IsVenue(string word) => Has("venue", word);
    public bool IsNameLink(string word) => Has("name-link", word);
    public bool IsDelegationHead(string word) => Has("delegation-head", word);
    public bool IsEventAnaphor(string word) => Has("event-anaphor", word);
    public bool IsBound(string word) => Has("bound", word);
    public bool IsObserver(string word) => Has("observer", word);
    public bool IsCapacity(string word) => Has("capacity", word);

    /// <summary>True when one of the token's clitic readings ("لوزراء" → وزراء، "والشيخ" → الشيخ) has the role.</summary>
    public bool TokenIs(Token token, Func<FrameWords, string, bool> role)
    {
        foreach (var reading in token.Readings)
        {
            if (role(this, reading))
                return true;
        }
        return false;
    }

    /// <summary>A clause boundary, also with a conjunction ("وحيث", "وتناول"); a topic verb ends a chain the same way.</summary>
    public bool IsClauseEnd(Token token) =>
        IsBoundary(token.Norm) || IsTopicVerb(token.Norm)
        || ArabicClitics.WithoutConjunction(token.Norm) is { } rest && (IsBoundary(rest) || IsTopicVerb(rest));

    /// <summary>A word that does not count between a trigger and its parties: function words, titles, offices, adverbs.</summary>
    public bool IsTransparentToken(Token token) =>
        IsTransparent(token.Norm) || TokenIs(token, (w, r) => w.IsHonorific(r) || w.IsOffice(r) || w.IsListOpener(r) || w.IsAdverb(r) || w.IsLocative(r) || w.IsVenue(r) || w.IsNameLink(r));

    /// <summary>
    /// True when a comitative word introduces a party standing <paramref name="gap"/> content words
    /// after the trigger or the last party: "مع" anywhere in the frame, "بين" only close by (its row's reach).
    /// </summary>
    public bool Introduces(string? word, int gap) =>
        IsComitative(word) && (!_reach.TryGetValue(("comitative", word!), out var reach) || gap <= reach);

    /// <summary>True when the word starts with a clitic that coordinates it with what precedes ("ومصر").</summary>
    public bool StartsWithCoordinatingClitic(string word) => PrefixOf("coordinating-clitic", word) is not null;

    /// <summary>Words that do not count when measuring how far a place stands from its event.</summary>
    public bool IsTransparent(string word) => IsGlue(word) || IsLocative(word) || Has("relative", word);
}
