using System.Text.RegularExpressions;
using Marsad.Text;

namespace Marsad.Clean;

/// <summary>
/// Decides whether a name a cue captured is an outlet, and in which printed form: the name as the
/// page prints it, less a carrier word before a known outlet ("صحيفة الوطن" is الوطن).
/// </summary>
internal static class OutletNames
{
    private const int MaxLength = 40;
    private const int MaxWords = 5;

    /// <summary>
    /// The outlet a captured name stands for under <paramref name="accept"/>, or null when it is no
    /// outlet. <paramref name="cut"/>: the name ends the stored text, which may be cut short
    /// ("آخر المقالات من عرب"), so only a known outlet is taken from it.
    /// </summary>
    public static string? Accept(string captured, OutletAccept accept, bool cut, OutletLexicon lexicon)
    {
        var name = Clean(captured);
        if (name.Length < 2 || name.Length > MaxLength)
            return null;
        var words = name.Split(' ');
        var known = lexicon.Find(name) is not null;
        if (words.Length > MaxWords || Refused(name, words, known, lexicon))
            return null;
        var ok = accept switch
        {
            OutletAccept.Any => true,
            OutletAccept.Site => known || IsSiteShaped(words, lexicon),
            OutletAccept.Known => known,
            _ => known && !IsGeneric(name, lexicon),
        };
        if (!ok || (cut && !known))
            return null;
        return Printed(name, words, lexicon);
    }

    /// <summary>True for a name that is a common word: one word with the article, or listed in common-words.txt.</summary>
    public static bool IsGeneric(string name, OutletLexicon lexicon)
    {
        var key = OutletLexicon.NameKey(name);
        return (!key.Contains(' ') && ArabicClitics.StartsWithArticle(key)) || lexicon.CommonWords.Contains(key);
    }

    /// <summary>
    /// A name shaped like a site's: it opens with a type word ("بوابة ..."), holds a mark word ("...
    /// نيوز"), a word of letters and digits ("عرب90") or is a word and a short number ("موقع 24").
    /// </summary>
    public static bool IsSiteShaped(IReadOnlyList<string> words, OutletLexicon lexicon) =>
        (words.Count > 1 && lexicon.TypeWords.ContainsKey(OutletLexicon.NameKey(words[0])))
        || words.Any(w => lexicon.Marks.Contains(OutletLexicon.NameKey(w)))
        || words.Any(w => w.Any(char.IsDigit) && w.Any(char.IsLetter))
        || (words.Count == 2 && !words[0].Any(char.IsDigit) && Regex.IsMatch(words[1], @"^\d{1,3}$"));

    private static string Clean(string captured) =>
        Regex.Replace(captured.Trim().Trim('«', '»', '"', '“', '”', '\'', '(', ')', ' ', '.', '،', ',', ':'), @"\s+", " ");

    // Never an outlet: a city, country or place; a label or generic credit; a byline or institution;
    // a reporter's name; a date or a count. A known outlet is refused only for a city's name.
    private static bool Refused(string name, string[] words, bool known, OutletLexicon lexicon)
    {
        var key = OutletLexicon.NameKey(name);
        // A place is no outlet; a known outlet named after a region stays one ("الشرق الأوسط"),
        // but not one named after a city that opens datelines ("الرياض - ...").
        if (lexicon.Places.Contains(key) && (!known || lexicon.DatelineCities.Contains(key)))
            return true;
        if (known)
            return false;
        if (lexicon.NotOutlets.Contains(key) || lexicon.NotOutletHeads.Contains(OutletLexicon.NameKey(words[0])))
            return true;
        if (words.Skip(1).Any(w => lexicon.NotOutletWords.Contains(OutletLexicon.NameKey(w))))
            return true;
        if (words.Length > 1 && (AllPlaces(words, lexicon) || lexicon.GivenNames.Contains(OutletLexicon.NameKey(words[0]))))
            return true;
        // Digits belong to names like "عرب90" or "موقع 24", not to dates, times or counts.
        return Regex.IsMatch(name, @"\d{4}|\d[:/]\d") || !name.Any(char.IsLetter);
    }

    // "روسيا وسوريا": every word a place (after the conjunction).
    private static bool AllPlaces(string[] words, OutletLexicon lexicon) =>
        words.All(w =>
        {
            var key = OutletLexicon.NameKey(w);
            return lexicon.Places.Contains(key) || (ArabicClitics.StartsWithWa(key) && lexicon.Places.Contains(ArabicClitics.WithoutWa(key)));
        });

    private static string Printed(string name, string[] words, OutletLexicon lexicon)
    {
        if (words.Length < 2 || !lexicon.TypeWords.TryGetValue(OutletLexicon.NameKey(words[0]), out var strip) || !strip)
            return name;
        // "قناة النهار" is an outlet of its own, not the newspaper النهار.
        var rest = string.Join(' ', words[1..]);
        var full = lexicon.Find(name);
        return lexicon.Find(rest) is { } outlet && (full is null || ReferenceEquals(full, outlet)) ? rest : name;
    }
}
