namespace Marsad.Time.Grammar;

/// <summary>
/// The temporal grammar as a flat, ordered list of named constructions: at a token, the first
/// construction that reads wins, and a duration may then extend what it read. The order is the
/// grammar: [daypart] [يوم] (relative | weekday [date] [relation] | part-of (month | year | relative)
/// | day of relative month | date range | date | year) [duration].
/// </summary>
internal static class TemporalGrammar
{
    /// <summary>The constructions in the order they are tried.</summary>
    public static IReadOnlyList<TemporalConstruction> Constructions { get; } =
    [
        new("relative", Lead.Daypart, RelativeConstruction.Read),
        new("weekday", Lead.DaypartAndDayWord, WeekdayConstruction.Read),
        new("part", Lead.None, PartOfConstruction.Read),
        new("day-relative-month", Lead.None, DayOfRelativeMonthConstruction.Read),
        new("date-range", Lead.None, DateRangeConstruction.Read),
        new("date", Lead.None, DateConstruction.Read),
        new("year", Lead.None, YearConstruction.Read),
    ];

    /// <summary>The expression starting at token <paramref name="i"/>, extended by a duration; null when none starts there.</summary>
    public static Parsed? Read(TemporalContext context, int i) => Read(context, i, Constructions);

    /// <summary>As <see cref="Read(TemporalContext, int)"/>, trying the given constructions (tests leave one out).</summary>
    public static Parsed? Read(TemporalContext context, int i, IReadOnlyList<TemporalConstruction> constructions)
    {
        var (ids, afterDaypart) = ReadDaypart(context, i);
        // The word for day is skipped only where a token follows it.
        var afterDayWord = afterDaypart + 1 < context.Count && context.IsDayWord(afterDaypart) ? afterDaypart + 1 : afterDaypart;
        var hasLead = afterDayWord > i;
        foreach (var construction in constructions)
        {
            int? start = construction.Lead switch
            {
                Lead.Daypart => afterDaypart,
                Lead.DaypartAndDayWord => afterDayWord,
                _ => hasLead ? null : i,
            };
            if (start is { } s && construction.Read(context, s, ids) is { } parsed)
                return DurationConstruction.Extend(context, parsed);
        }
        return null;
    }

    /// <summary>A part of the day ("مساء", "صباح") that leads a day expression, with its row id.</summary>
    private static (IReadOnlyList<string> Ids, int End) ReadDaypart(TemporalContext context, int i) =>
        context.Lexicon.Relative.MatchAt(context.Tokens, i) is { Entry.Value.Kind: RelativeKind.Daypart } dp ? ([dp.Entry.Id], dp.EndToken) : ([], i);
}
