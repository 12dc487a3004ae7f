namespace Marsad.Time.Grammar;

/// <summary>The month of a date: a Gregorian month (Data/time/months.tsv) or a Hijri one (Data/time/hijri.tsv).</summary>
internal static class MonthReader
{
    /// <summary>A month read: its number and calendar, whether it may stand without a day or a year, and the token after it.</summary>
    public sealed record Month(int Value, bool Hijri, bool Alone, int End);

    /// <summary>
    /// The month at token <paramref name="k"/>. A Hijri month may stand alone only after the word
    /// for month ("شهر رمضان"); a Gregorian month as its row says (آب is also "father").
    /// </summary>
    public static Month? Read(TemporalContext context, int k, bool afterMonthWord, List<string> ids)
    {
        if (context.Lexicon.Months.MatchAt(context.Tokens, k) is { } m)
        {
            ids.Add(m.Entry.Id);
            return new Month(m.Entry.Value.Month, false, m.Entry.Value.Alone, CombinedForm(context, m.Entry.Value, m.EndToken, ids));
        }
        if (context.Lexicon.Hijri.MatchAt(context.Tokens, k) is { } h)
        {
            ids.Add(h.Entry.Id);
            return new Month(h.Entry.Value, true, afterMonthWord, h.EndToken);
        }
        return null;
    }

    /// <summary>
    /// Combined forms name the month in two systems: "شباط/فبراير", "شباط (فبراير)", "شباط فبراير".
    /// Returns the token after the second name, or <paramref name="k"/> when there is none. A gloss in
    /// another system that names another month ("4 أكتوبر (تشرين الثاني)") is the outlet's slip: the month
    /// printed first stands, and the gloss is no date of its own.
    /// </summary>
    private static int CombinedForm(TemporalContext context, MonthName first, int k, List<string> ids)
    {
        var tokens = context.Tokens;
        if (k < tokens.Count && tokens[k].Norm is "/" or "(")
        {
            if (context.Lexicon.Months.MatchAt(tokens, k + 1) is not { } m2
                || m2.Entry.Value.Month != first.Month && m2.Entry.Value.System == first.System)
                return k;
            ids.Add(m2.Entry.Id);
            return m2.EndToken < tokens.Count && tokens[m2.EndToken].Norm == ")" ? m2.EndToken + 1 : m2.EndToken;
        }
        if (context.Lexicon.Months.MatchAt(tokens, k) is { } m3 && m3.Entry.Value.Month == first.Month && m3.Entry.Value.System != first.System)
        {
            ids.Add(m3.Entry.Id);
            return m3.EndToken;
        }
        return k;
    }
}
