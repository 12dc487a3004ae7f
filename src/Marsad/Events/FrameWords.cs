using Marsad.Data;
using Marsad.Text;

namespace Marsad.Events;

/// <summary>The function-word table of the frame builder (Data/events/frame-words.tsv).</summary>
public sealed class FrameWords
{
    private static readonly Lazy<FrameWords> Embedded = new(() => new FrameWords(DataFiles.ReadTable("events/frame-words.tsv")));
    private readonly Dictionary<string, HashSet<string>> _byRole;

    private FrameWords(IEnumerable<TsvRow> rows)
    {
        _byRole = rows
            .GroupBy(r => r.Required("role"))
            .ToDictionary(g => g.Key, g => g.Select(r => ArabicNormalizer.Key(r.Required("word"))).ToHashSet(StringComparer.Ordinal));
    }

    public static FrameWords Default => Embedded.Value;

    private bool Has(string role, string? word) => word is not null && _byRole.TryGetValue(role, out var set) && set.Contains(word);

    public bool IsGlue(string word) => Has("glue", word);
    public bool IsLocative(string? word) => Has("locative", word);
    public bool IsTopicMarker(string? word) => Has("topic", word);
    public bool IsComitative(string? word) => Has("comitative", word);
    public bool IsBoundary(string word) => Has("boundary", word);
    public bool IsNounContext(string? word) => Has("noun-context", word);
    public bool IsReferencing(string? word) => Has("referenced", word);
    public bool IsTopicNoun(string word) => Has("topic-noun", word);
    public bool IsLightVerb(string word) => Has("light-verb", word) || (word.Length > 1 && (word[0] == 'و' || word[0] == 'ف') && Has("light-verb", word[1..]));

    /// <summary>
    /// True when a noun trigger ends in a possessive pronoun suffix ("لقائه", "زيارتها"). Checked on
    /// the surface without diacritics: normalisation folds ta marbuta into ha, so "زيارة" would look
    /// like "زيارته".
    /// </summary>
    public bool IsPossessive(Token token)
    {
        var word = new string(token.Surface.Where(c => !ArabicNormalizer.IsDropped(c)).ToArray());
        return _byRole.TryGetValue("possessive", out var suffixes)
            && suffixes.Any(s => word.Length > s.Length + 2 && word.EndsWith(s, StringComparison.Ordinal));
    }

    /// <summary>Words that do not count when measuring how far a place stands from its event.</summary>
    public bool IsTransparent(string word) => IsGlue(word) || IsLocative(word) || Has("relative", word);
}
