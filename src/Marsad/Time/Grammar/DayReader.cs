namespace Marsad.Time.Grammar;

/// <summary>The day of a date: digits or an ordinal word (Data/time/ordinals.tsv), optionally a range of days.</summary>
internal static class DayReader
{
    /// <summary>A day read at a token: its number, the rule id ("num" for digits, else the ordinal row), and the token after it.</summary>
    public sealed record Day(int Value, string Id, int End);

    /// <summary>A day and, in a range of days, the last one; <see cref="First"/> is null when no day is written.</summary>
    public sealed record Days(int? First, int? Last, int End);

    /// <summary>"17", "السادس", "الحادي والعشرين".</summary>
    public static Day? ReadDay(TemporalContext context, int k)
    {
        if (context.DayNumber(k) is { } d)
            return new Day(d, "num", AfterOrdinalSuffix(context, k + 1));
        if (context.Lexicon.Ordinals.MatchAt(context.Tokens, k) is { } o)
            return new Day(o.Entry.Value, o.Entry.Id, o.EndToken);
        return null;
    }

    /// <summary>"22nd, March": a Latin ordinal ending glued to the digits, and a comma after it, belong to the day.</summary>
    private static int AfterOrdinalSuffix(TemporalContext context, int k)
    {
        if (k >= context.Count || context.Tokens[k - 1].End != context.Tokens[k].Start || !context.IsWritten(TimeWordRole.OrdinalSuffix, k))
            return k;
        return context.IsComma(k + 1) ? k + 2 : k + 1;
    }

    /// <summary>A day, then a second, later day after a connector: "من 16 إلى 17 شباط", "بين 3 و5 آذار" ("و5" may be one token).</summary>
    public static Days ReadDays(TemporalContext context, int k, List<string> ids)
    {
        if (ReadDay(context, k) is not { } day)
            return new Days(null, null, k);
        ids.Add(day.Id);
        k = day.End;
        if (k >= context.Count)
            return new Days(day.Value, null, k);
        if (context.IsWritten(TimeWordRole.RangeConnector, k) && context.DayNumber(k + 1) is { } second && second > day.Value)
        {
            ids.Add("range");
            return new Days(day.Value, second, k + 2);
        }
        if (Marsad.Text.ArabicClitics.StartsWithWa(context.Tokens[k].Norm) && context.DayNumber(k) is { } joined && joined > day.Value)
        {
            ids.Add("range");
            return new Days(day.Value, joined, k + 1);
        }
        return new Days(day.Value, null, k);
    }
}
