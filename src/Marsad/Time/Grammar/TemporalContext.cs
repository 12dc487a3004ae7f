using System.Globalization;
using Marsad.Text;

namespace Marsad.Time.Grammar;

/// <summary>
/// What every construction reads from: the tokens of one text and the time tables, with the
/// token tests the constructions share (numbers, cue words, commas).
/// </summary>
internal sealed class TemporalContext(IReadOnlyList<Token> tokens, TimeLexicon lexicon)
{
    public IReadOnlyList<Token> Tokens { get; } = tokens;
    public TimeLexicon Lexicon { get; } = lexicon;
    public TimeFunctionWords Words { get; } = lexicon.FunctionWords;
    public int Count => Tokens.Count;

    /// <summary>True when token <paramref name="k"/> exists and, as written, is a word of the role.</summary>
    public bool IsWritten(TimeWordRole role, int k) => k < Count && Words.IsWritten(role, Tokens[k]);

    /// <summary>True when token <paramref name="k"/> exists and one of its clitic readings is a word of the role.</summary>
    public bool IsRead(TimeWordRole role, int k) => k < Count && Words.IsRead(role, Tokens[k]);

    // "شهر" (month) before a month name: "من شهر رمضان"; "الشهر" starts "الشهر المقبل" instead.
    public bool IsMonthWord(int k) => IsRead(TimeWordRole.MonthWord, k) && !IsRead(TimeWordRole.DefiniteUnit, k);

    // "يوم الجمعة", "يوم 17 شباط": the word for "day" before a weekday or date. "اليوم" (today)
    // never gets here: the relative construction, tried first, reads it.
    public bool IsDayWord(int k) => IsRead(TimeWordRole.DayWord, k) && !IsRead(TimeWordRole.DefiniteUnit, k);

    /// <summary>An era after a year: "هـ", "م", "هجري", "ميلادية".</summary>
    public bool IsEra(int k) => IsWritten(TimeWordRole.HijriEra, k) || IsWritten(TimeWordRole.GregorianEra, k);

    /// <summary>The token after a comma, an opening bracket or a dash at <paramref name="k"/>: "أمس، الأربعاء", "الأربعاء (17 شباط)".</summary>
    public int SkipComma(int k) =>
        k < Count && Tokens[k].Norm is "," or "،" or "(" or "-" ? k + 1 : k;

    /// <summary>
    /// The token after a separator glued on both sides between parts of a printed date
    /// ("22-أبريل-2024", "23/مايو/2024"), or <paramref name="k"/> when there is none.
    /// </summary>
    public int SkipGluedSeparator(int k) =>
        k + 1 < Count && k > 0 && IsWritten(TimeWordRole.DateSeparator, k)
        && Tokens[k - 1].End == Tokens[k].Start && Tokens[k].End == Tokens[k + 1].Start ? k + 1 : k;

    /// <summary>True when tokens <paramref name="from"/> to <paramref name="to"/> stand with no space between them ("2022-03-15").</summary>
    public bool Glued(int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (Tokens[t].End != Tokens[t + 1].Start)
                return false;
        }
        return true;
    }

    /// <summary>True when token <paramref name="k"/> is a comma: "22nd, March 2024", "17 أغسطس، 2025".</summary>
    public bool IsComma(int k) => k < Count && Tokens[k].Norm is "," or "،";

    /// <summary>A day of the month written in digits (1 to 31), with nothing glued after it.</summary>
    public int? DayNumber(int k) =>
        k < Count && Number(Tokens[k], out var suffix) is { } n && n is >= 1 and <= 31 && suffix.Length == 0 ? n : null;

    /// <summary>
    /// The number a token carries: plain digits, digits after a clitic ("و17", "ب17"), or a year
    /// with its era letter attached ("1445ه", "2019م"); the attached era letter is returned.
    /// (The tokenizer splits letters from digits, so today a number token is digits alone.)
    /// </summary>
    public int? Number(Token token, out string suffix)
    {
        suffix = "";
        var s = token.Norm;
        var start = ArabicClitics.NumberProcliticLength(s);
        var end = start;
        while (end < s.Length && char.IsAsciiDigit(s[end]))
            end++;
        if (end == start || end - start > 4)
            return null;
        var rest = s[end..];
        if (rest.Length > 0 && !Words.AttachedEras.Contains(rest))
            return null;
        suffix = rest;
        return int.Parse(s[start..end], CultureInfo.InvariantCulture);
    }
}
