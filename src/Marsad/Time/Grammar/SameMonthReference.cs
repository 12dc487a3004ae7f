using Marsad.Text;

namespace Marsad.Time.Grammar;

/// <summary>
/// Binds "في 20 من الشهر نفسه" to the month of the date named just before it, in its sentence or the
/// one before ("افتتح المعرض في 4 أيار الماضي، ثم زاره وفد رسمي في 11 من الشهر نفسه": 11 May of
/// that year). The bound value is the earlier date's with the day replaced, so it resolves as that
/// date does. Without such a date the expression names no day and is dropped.
/// </summary>
internal static class SameMonthReference
{
    public static IReadOnlyList<TemporalMention> Bind(TextLayer text, IReadOnlyList<TemporalMention> mentions)
    {
        if (!mentions.Any(m => Refers(m.Value)))
            return mentions;
        var bound = new List<TemporalMention>(mentions.Count);
        TemporalMention? named = null;
        foreach (var mention in mentions)
        {
            if (!Refers(mention.Value))
            {
                bound.Add(mention);
                named = WithDay(mention.Value, 1) is null ? named : mention;
                continue;
            }
            if (named is not null && Near(text, named, mention) && Rebase(mention.Value, named.Value) is { } value)
                bound.Add(mention with { Value = value });
        }
        return bound;
    }

    private static bool Refers(TemporalValue value) =>
        value is DayOfMentionedMonth or RangeValue { From: DayOfMentionedMonth, To: DayOfMentionedMonth };

    /// <summary>The same sentence or the next one: a month named further back is no longer "the same".</summary>
    private static bool Near(TextLayer text, TemporalMention before, TemporalMention mention) =>
        text.SentenceAt(before.Start) is { } a && text.SentenceAt(mention.Start) is { } b && b.Index - a.Index <= 1;

    private static TemporalValue? Rebase(TemporalValue value, TemporalValue month) => value switch
    {
        DayOfMentionedMonth d => WithDay(month, d.Day),
        RangeValue { From: DayOfMentionedMonth a, To: DayOfMentionedMonth b } when WithDay(month, a.Day) is { } from && WithDay(month, b.Day) is { } to => new RangeValue(from, to),
        _ => null,
    };

    /// <summary>The day <paramref name="day"/> of the month <paramref name="value"/> names, or null when it names no single month.</summary>
    private static TemporalValue? WithDay(TemporalValue value, int day) => value switch
    {
        MonthDate m => m with { Day = day, Weekday = null },
        DayOfMonthOffset o => o with { Day = day },
        AbsoluteDate { Interval: var i } when i.From.Year == i.To.Year && i.From.Month == i.To.Month
            => Calendars.Gregorian(i.From.Year, i.From.Month, day) is { } d ? new AbsoluteDate(d) : null,
        RangeValue r => WithDay(r.To, day),
        Lasting l => WithDay(l.Start, day),
        _ => null,
    };
}
