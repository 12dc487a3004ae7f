namespace Marsad.Time.Grammar;

/// <summary>
/// A day, week, month or year counted from publication (Data/time/relative.tsv): "أمس",
/// "مساء اليوم", "الأسبوع الماضي", "العام المقبل"; a day may be followed by its weekday
/// ("اليوم الخميس", "أمس، الأربعاء"), which the publication day must then fall on. "قبل يومين" counts
/// days back from publication, unless a word after it names the day counted from ("قبل يومين من القمة").
/// Rules: relative-day, relative-day-weekday, relative-ago, relative-week, relative-month, relative-year.
/// </summary>
internal static class RelativeConstruction
{
    /// <summary>The rule of "قبل يومين", whose first word is part of the expression (not a preposition cue).</summary>
    public const string AgoRule = "relative-ago:";

    public static Parsed? Read(TemporalContext context, int j, IReadOnlyList<string> leadIds)
    {
        if (context.Lexicon.Relative.MatchAt(context.Tokens, j) is not { } m)
            return null;
        var offset = m.Entry.Value.Offset;
        var rule = new List<string>(leadIds) { m.Entry.Id };
        return m.Entry.Value.Kind switch
        {
            RelativeKind.Day => Day(context, m.EndToken, offset, rule),
            RelativeKind.Ago when !context.IsRead(TimeWordRole.CountedFrom, m.EndToken) => new Parsed(m.EndToken, new RelativeDay(-offset), AgoRule + string.Join("+", rule)),
            RelativeKind.Week => new Parsed(m.EndToken, new RelativeUnit(CalendarUnit.Week, offset), "relative-week:" + string.Join("+", rule)),
            RelativeKind.Month => new Parsed(m.EndToken, new RelativeUnit(CalendarUnit.Month, offset), "relative-month:" + string.Join("+", rule)),
            RelativeKind.Year => new Parsed(m.EndToken, new RelativeUnit(CalendarUnit.Year, offset), "relative-year:" + string.Join("+", rule)),
            _ => null,
        };
    }

    private static Parsed Day(TemporalContext context, int end, int offset, List<string> rule)
    {
        DayOfWeek? weekday = null;
        var k = context.SkipComma(end);
        if (context.Lexicon.Weekdays.MatchAt(context.Tokens, k) is { } w)
        {
            weekday = w.Entry.Value;
            rule.Add(w.Entry.Id);
            end = w.EndToken;
        }
        return new Parsed(end, new RelativeDay(offset, weekday), (weekday is null ? "relative-day:" : "relative-day-weekday:") + string.Join("+", rule));
    }
}
