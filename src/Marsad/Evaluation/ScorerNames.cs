using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Marsad.Text;

namespace Marsad.Evaluation;

/// <summary>
/// How the scorer compares printed Arabic names: deliberately looser than the pipeline's own
/// normaliser (it is the judge, not the reader), so that spelling variants of one outlet, place or
/// person compare equal. The rules follow the exchange format's documentation (docs/exchange-format.md).
/// </summary>
internal static partial class ScorerNames
{
    // Harakat, Quranic marks, the superscript alef and tatweel.
    [GeneratedRegex("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")]
    private static partial Regex Diacritics();

    [GeneratedRegex("[\u0623\u0625\u0622\u0671]")]
    private static partial Regex AlefForms();

    // "عبد الله" and "عبدالله" are one name.
    [GeneratedRegex("(^|\\s)\u0639\u0628\u062f\\s+")]
    private static partial Regex AbdSpace();

    /// <summary>The loose key of a printed name: one alef, ya, ha; g/j folded; no article on words of four letters or more.</summary>
    public static string Key(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var t = Diacritics().Replace(text, "");
        t = AlefForms().Replace(t, "\u0627");
        t = t.Replace('\u0649', '\u064a').Replace('\u0629', '\u0647').Replace('\u0624', '\u0648').Replace('\u0626', '\u064a')
            .Replace('\u063a', '\u062c').Replace('\u06af', '\u062c');
        t = AbdSpace().Replace(t, "$1\u0639\u0628\u062f");
        return string.Join(' ', Words(t).Select(ArabicClitics.StemWithoutArticle));
    }

    /// <summary>
    /// True when two printed names denote one person: one is a run of words inside the other (two
    /// words at least, or the other's last word alone), or both share first and last word.
    /// </summary>
    public static bool SamePerson(string? a, string? b)
    {
        var x = Key(a).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var y = Key(b).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (x.Length == 0 || y.Length == 0)
            return false;
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        if (shorter.Length == 1)
            return shorter[0] == longer[^1];
        for (var i = 0; i + shorter.Length <= longer.Length; i++)
        {
            if (longer.AsSpan(i, shorter.Length).SequenceEqual(shorter))
                return true;
        }
        return shorter[0] == longer[0] && shorter[^1] == longer[^1];
    }

    /// <summary>Runs of word characters (letters, numbers, underscore), as the reference scorer splits them.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (IsWordChar(c))
            {
                word.Append(c);
                continue;
            }
            if (word.Length > 0)
                yield return word.ToString();
            word.Clear();
        }
        if (word.Length > 0)
            yield return word.ToString();
    }

    private static bool IsWordChar(char c) => c == '_' || char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };
}
