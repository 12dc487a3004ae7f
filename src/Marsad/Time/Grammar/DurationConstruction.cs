namespace Marsad.Time.Grammar;

/// <summary>
/// "17 شباط على مدى يومين", "أمس، ولمدة ثلاثة أيام": a day followed by a duration (kind
/// "duration" in Data/time/relative.tsv) becomes the days it covers. Rule: the day's rule + the duration row.
/// </summary>
internal static class DurationConstruction
{
    public static Parsed Extend(TemporalContext context, Parsed parsed)
    {
        var k = context.SkipComma(parsed.End);
        if (context.Lexicon.Relative.MatchAt(context.Tokens, k) is not { Entry.Value.Kind: RelativeKind.Duration } d)
            return parsed;
        var days = d.Entry.Value.Offset;
        return parsed.Value switch
        {
            MonthDate { Day: not null } or HijriDate { Day: not null } or RelativeDay or WeekdayValue or DayOfMonthOffset or AbsoluteDate { Interval.IsDay: true }
                => new Parsed(d.EndToken, new Lasting(parsed.Value, days), parsed.Rule + "+" + d.Entry.Id),
            _ => parsed,
        };
    }
}
