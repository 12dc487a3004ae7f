using System.Globalization;

namespace Marsad.Time;

/// <summary>How a month or a day named without a year is placed relative to the publication day.</summary>
internal enum MonthRelation
{
    /// <summary>No qualifier: the occurrence nearest to publication within [pub - 11 months, pub + 1 month], past first.</summary>
    Nearest,
    /// <summary>"الجاري"/"الحالي": the publication month itself; any other month is impossible.</summary>
    Current,
    /// <summary>"الماضي": the last such month before the publication month.</summary>
    Previous,
    /// <summary>"المقبل": the first such month after the publication month.</summary>
    Next,
}

/// <summary>How a weekday named alone is placed: "الخميس", "الخميس الماضي", "الخميس المقبل".</summary>
internal enum WeekdayRelation
{
    /// <summary>The most recent such weekday on or before publication (0 to 6 days back).</summary>
    Recent,
    /// <summary>The most recent such weekday strictly before publication (1 to 7 days back).</summary>
    Previous,
    /// <summary>The next such weekday strictly after publication (1 to 7 days ahead).</summary>
    Next,
    /// <summary>"الجمعة قبل الماضي": the such weekday before the previous one (8 to 14 days back).</summary>
    BeforePrevious,
}

internal enum CalendarUnit
{
    Week,
    Month,
    Year,
}

/// <summary>
/// Values that can be impossible for some publication days ("اليوم الخميس" on a Monday) and so
/// give evidence about the publication day. <see cref="CheckKind"/> names the evidence.
/// </summary>
internal interface IPublicationCheck
{
    /// <summary><see cref="DateEvidenceKind.Weekday"/> (a weekday must agree with a date or with today) or <see cref="DateEvidenceKind.Current"/> (a month must be the current one); null when the value constrains nothing.</summary>
    DateEvidenceKind? CheckKind { get; }
}

/// <summary>A period that does not depend on the publication day: "11 من كانون الأول 2019", "عام 2019".</summary>
internal sealed record AbsoluteDate(DateInterval Interval) : TemporalValue
{
    public override DateInterval? Resolve(DateOnly publication) => Interval;
    public override bool IsAbsolute => true;
    public override string Describe() => Interval.ToString();
}

/// <summary>A day counted from publication ("أمس" = -1), optionally with the weekday it must fall on ("اليوم الخميس").</summary>
internal sealed record RelativeDay(int Offset, DayOfWeek? Weekday = null) : TemporalValue, IPublicationCheck
{
    public override DateInterval? Resolve(DateOnly publication)
    {
        var day = publication.AddDays(Offset);
        if (Weekday is { } w && day.DayOfWeek != w)
            return null;
        return DateInterval.Day(day);
    }

    public DateEvidenceKind? CheckKind => Weekday is null ? null : DateEvidenceKind.Weekday;

    public override string Describe() =>
        $"day{Offset:+0;-0;+0}" + (Weekday is { } w ? $"+weekday:{w.ToString()[..3]}" : "");
}

/// <summary>A calendar week, month or year counted from the one holding the publication day ("الشهر الماضي" = month -1).</summary>
internal sealed record RelativeUnit(CalendarUnit Unit, int Offset) : TemporalValue
{
    /// <summary>Arab-world weeks start on Saturday.</summary>
    public const DayOfWeek WeekStart = DayOfWeek.Saturday;

    public override DateInterval? Resolve(DateOnly publication)
    {
        switch (Unit)
        {
            case CalendarUnit.Week:
                var back = ((int)publication.DayOfWeek - (int)WeekStart + 7) % 7;
                var start = publication.AddDays(-back + 7 * Offset);
                return new DateInterval(start, start.AddDays(6));
            case CalendarUnit.Month:
                var first = new DateOnly(publication.Year, publication.Month, 1).AddMonths(Offset);
                return Calendars.Month(first.Year, first.Month);
            default:
                var year = publication.Year + Offset;
                return year is >= 1 and <= 9999 ? Calendars.Year(year) : null;
        }
    }

    public override string Describe() => $"{Unit.ToString().ToLowerInvariant()}{Offset:+0;-0;+0}";
}

/// <summary>A day of a month counted from the publication month: "السادس من الشهر الجاري" (offset 0), "3 من الشهر الماضي" (-1).</summary>
internal sealed record DayOfMonthOffset(int Offset, int Day) : TemporalValue, IPublicationCheck
{
    /// <summary>The month the text names for the counted one ("الشهر الجاري (مارس)"): impossible in any other.</summary>
    public int? NamedMonth { get; init; }

    public override DateInterval? Resolve(DateOnly publication)
    {
        // Months are counted on an index so that the first and last days the calendar holds stay in range.
        var index = publication.Year * 12 + publication.Month - 1 + Offset;
        var (year, month) = (index / 12, index % 12 + 1);
        if (year is < 1 or > 9999 || NamedMonth is { } named && named != month)
            return null;
        return Calendars.Gregorian(year, month, Day);
    }

    public DateEvidenceKind? CheckKind => NamedMonth is null ? null : DateEvidenceKind.Current;

    public override string Describe() => $"month{Offset:+0;-0;+0}-day:{Day:D2}" + (NamedMonth is { } m ? $"({m:D2})" : "");
}

/// <summary>
/// A day of the month of the date named just before it ("ثم زاره وفد رسمي في 11 من الشهر نفسه"): the
/// tagger binds it to that date (<see cref="Grammar.SameMonthReference"/>); unbound it names no day.
/// </summary>
internal sealed record DayOfMentionedMonth(int Day) : TemporalValue
{
    public override DateInterval? Resolve(DateOnly publication) => null;

    public override string Describe() => $"same-month-day:{Day:D2}";
}

/// <summary>
/// The night of a day ("ليلة الأحد"): the press names a night by the day it leads into (the eve) or by the
/// day it follows ("ليلة الخميس إلى الجمعة"), so it may fall from the day before to the day after.
/// </summary>
internal sealed record NightOf(TemporalValue Day) : TemporalValue
{
    public override DateInterval? Resolve(DateOnly publication) =>
        Day.Resolve(publication) is { } d ? new DateInterval(d.From.AddDays(-1), d.To.AddDays(1)) : null;

    public override bool IsAbsolute => Day.IsAbsolute;

    public override string Describe() => $"night({Day.Describe()})";
}

/// <summary>A weekday named without a date: "الخميس", "يوم الجمعة الماضي", "الخميس المقبل".</summary>
internal sealed record WeekdayValue(DayOfWeek Day, WeekdayRelation Relation) : TemporalValue
{
    public override DateInterval? Resolve(DateOnly publication)
    {
        var diff = ((int)publication.DayOfWeek - (int)Day + 7) % 7;
        return Relation switch
        {
            WeekdayRelation.Recent => DateInterval.Day(publication.AddDays(-diff)),
            WeekdayRelation.Previous => DateInterval.Day(publication.AddDays(-(diff == 0 ? 7 : diff))),
            WeekdayRelation.BeforePrevious => DateInterval.Day(publication.AddDays(-(diff == 0 ? 7 : diff) - 7)),
            _ => DateInterval.Day(publication.AddDays(diff == 0 ? 7 : 7 - diff)),
        };
    }

    public override string Describe() => $"weekday:{Day.ToString()[..3]}" + (Relation == WeekdayRelation.Recent ? "" : $":{Relation.ToString().ToLowerInvariant()}");
}

/// <summary>
/// A Gregorian date or month, possibly without a year: "17 من شباط", "الأربعاء 17 من شباط",
/// "16 من شباط الحالي", "أيار الماضي", "كانون الأول 2019". Without a year the year is chosen by
/// <see cref="Relation"/>; a named weekday must agree with the chosen date, else the value is impossible.
/// </summary>
internal sealed record MonthDate(int Month, int? Day, int? Year, DayOfWeek? Weekday, MonthRelation Relation) : TemporalValue, IPublicationCheck
{
    /// <summary>The year counted from publication's ("أيلول العام الماضي": -1) when no year is printed.</summary>
    public int? YearOffset { get; init; }

    public override DateInterval? Resolve(DateOnly publication)
    {
        DateInterval? found;
        if (Year is { } y)
            found = Calendars.Gregorian(y, Month, Day);
        else if (YearOffset is { } offset)
            found = Calendars.Gregorian(publication.Year + offset, Month, Day);
        else
            found = Relation switch
            {
                MonthRelation.Current => publication.Month == Month ? Calendars.Gregorian(publication.Year, Month, Day) : null,
                MonthRelation.Previous => Calendars.Gregorian(Month < publication.Month ? publication.Year : publication.Year - 1, Month, Day),
                MonthRelation.Next => Calendars.Gregorian(Month > publication.Month ? publication.Year : publication.Year + 1, Month, Day),
                _ => Calendars.Nearest(publication, [publication.Year - 1, publication.Year, publication.Year + 1], year => Calendars.Gregorian(year, Month, Day)),
            };
        if (found is not { } r)
            return null;
        // A weekday with a full date is a statement about a known day; if they disagree the
        // text has a typo and the date wins. Without a year the weekday picks the year.
        if (Weekday is { } w && Year is null && r.IsDay && r.From.DayOfWeek != w)
            return null;
        return r;
    }

    public override bool IsAbsolute => Year is not null;

    public DateEvidenceKind? CheckKind =>
        Weekday is not null && Year is null && Day is not null ? DateEvidenceKind.Weekday
        : Relation == MonthRelation.Current && Year is null ? DateEvidenceKind.Current
        : null;

    public override string Describe()
    {
        var date = $"{(Year is { } y ? y.ToString("D4", CultureInfo.InvariantCulture) : YearOffset is { } o ? $"year{o:+0;-0}" : "????")}-{Month:D2}" + (Day is { } d ? $"-{d:D2}" : "");
        var rel = Relation == MonthRelation.Nearest || Year is not null ? "" : $":{Relation.ToString().ToLowerInvariant()}";
        return (Weekday is { } w ? $"weekday:{w.ToString()[..3]}+" : "") + "date:" + date + rel;
    }
}

/// <summary>A Hijri date or month ("1 رمضان 1445 هـ", "رمضان الماضي"), converted with the Umm al-Qura calendar.</summary>
internal sealed record HijriDate(int Month, int? Day, int? Year, MonthRelation Relation) : TemporalValue, IPublicationCheck
{
    public override DateInterval? Resolve(DateOnly publication)
    {
        if (Year is { } y)
            return Calendars.Hijri(y, Month, Day);
        if (Calendars.HijriOf(publication) is not { } pub)
            return null;
        return Relation switch
        {
            MonthRelation.Current => pub.Month == Month ? Calendars.Hijri(pub.Year, Month, Day) : null,
            MonthRelation.Previous => Calendars.Hijri(Month < pub.Month ? pub.Year : pub.Year - 1, Month, Day),
            MonthRelation.Next => Calendars.Hijri(Month > pub.Month ? pub.Year : pub.Year + 1, Month, Day),
            _ => Calendars.Nearest(publication, [pub.Year - 1, pub.Year, pub.Year + 1], year => Calendars.Hijri(year, Month, Day)),
        };
    }

    public override bool IsAbsolute => Year is not null;

    public DateEvidenceKind? CheckKind => Relation == MonthRelation.Current && Year is null ? DateEvidenceKind.Current : null;

    public override string Describe() =>
        $"hijri:{(Year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "????")}-{Month:D2}" + (Day is { } d ? $"-{d:D2}" : "")
        + (Relation == MonthRelation.Nearest || Year is not null ? "" : $":{Relation.ToString().ToLowerInvariant()}");
}

/// <summary>Part of a month or a year ("منتصف شباط", "أواخر العام الماضي"), as rows of Data/time/parts.tsv define it.</summary>
internal sealed record PartOf(TemporalValue Inner, string Part, int MonthFromDay, int MonthToDay, int YearFromMonth, int YearToMonth) : TemporalValue, IPublicationCheck
{
    public override DateInterval? Resolve(DateOnly publication)
    {
        if (Inner.Resolve(publication) is not { } r)
            return null;
        if (r.From.Day == 1 && r.From.Month == 1 && r.To == new DateOnly(r.From.Year, 12, 31))
            return new DateInterval(new DateOnly(r.From.Year, YearFromMonth, 1), Calendars.Month(r.From.Year, YearToMonth).To);
        if (r.From.Day == 1 && r.To == Calendars.Month(r.From.Year, r.From.Month).To)
        {
            var last = r.To.Day;
            return new DateInterval(new DateOnly(r.From.Year, r.From.Month, Math.Min(MonthFromDay, last)), new DateOnly(r.From.Year, r.From.Month, Math.Min(MonthToDay, last)));
        }
        return r;
    }

    public override bool IsAbsolute => Inner.IsAbsolute;

    public DateEvidenceKind? CheckKind => (Inner as IPublicationCheck)?.CheckKind;

    public override string Describe() => $"{Part}({Inner.Describe()})";
}

/// <summary>A range between two values ("من 16 إلى 17 شباط", "بين 3 و5 آذار"); impossible when either end is.</summary>
internal sealed record RangeValue(TemporalValue From, TemporalValue To) : TemporalValue, IPublicationCheck
{
    public override DateInterval? Resolve(DateOnly publication)
    {
        if (From.Resolve(publication) is not { } a || To.Resolve(publication) is not { } b)
            return null;
        return a.From <= b.To ? new DateInterval(a.From, b.To) : null;
    }

    public override bool IsAbsolute => From.IsAbsolute && To.IsAbsolute;

    public DateEvidenceKind? CheckKind => (From as IPublicationCheck)?.CheckKind ?? (To as IPublicationCheck)?.CheckKind;

    public override string Describe() => $"{From.Describe()}..{To.Describe()}";
}

/// <summary>An event that starts on a day and lasts some days: "17 شباط على مدى يومين".</summary>
internal sealed record Lasting(TemporalValue Start, int Days) : TemporalValue, IPublicationCheck
{
    public override DateInterval? Resolve(DateOnly publication) =>
        Start.Resolve(publication) is { } r ? new DateInterval(r.From, r.From.AddDays(Math.Max(Days, 1) - 1) > r.To ? r.From.AddDays(Math.Max(Days, 1) - 1) : r.To) : null;

    public override bool IsAbsolute => Start.IsAbsolute;

    public DateEvidenceKind? CheckKind => (Start as IPublicationCheck)?.CheckKind;

    public override string Describe() => $"{Start.Describe()}+{Days}days";
}

/// <summary>Calendar arithmetic shared by the values.</summary>
internal static class Calendars
{
    private static readonly UmAlQuraCalendar UmAlQura = new();

    public static DateInterval Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static DateInterval Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new DateInterval(first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>A Gregorian day (or the whole month when <paramref name="day"/> is null); null for an impossible date.</summary>
    public static DateInterval? Gregorian(int year, int month, int? day)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12)
            return null;
        if (day is not { } d)
            return Month(year, month);
        return d >= 1 && d <= DateTime.DaysInMonth(year, month) ? DateInterval.Day(new DateOnly(year, month, d)) : null;
    }

    /// <summary>A Hijri (Umm al-Qura) day or month as Gregorian days; null outside the calendar's range.</summary>
    public static DateInterval? Hijri(int year, int month, int? day)
    {
        try
        {
            if (month is < 1 or > 12)
                return null;
            var days = UmAlQura.GetDaysInMonth(year, month);
            if (day is { } d)
                return d >= 1 && d <= days ? DateInterval.Day(DateOnly.FromDateTime(UmAlQura.ToDateTime(year, month, d, 0, 0, 0, 0))) : null;
            var first = DateOnly.FromDateTime(UmAlQura.ToDateTime(year, month, 1, 0, 0, 0, 0));
            return new DateInterval(first, first.AddDays(days - 1));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The Hijri year and month of a Gregorian day; null outside the calendar's range.</summary>
    public static (int Year, int Month)? HijriOf(DateOnly day)
    {
        var time = day.ToDateTime(TimeOnly.MinValue);
        if (time < UmAlQura.MinSupportedDateTime || time > UmAlQura.MaxSupportedDateTime)
            return null;
        return (UmAlQura.GetYear(time), UmAlQura.GetMonth(time));
    }

    /// <summary>
    /// Of the candidate years, the occurrence nearest to publication inside the window
    /// [pub - 11 months, pub + 1 month]; ties go to the past (news reports more than it announces).
    /// </summary>
    public static DateInterval? Nearest(DateOnly publication, IEnumerable<int> years, Func<int, DateInterval?> occurrence)
    {
        var lo = publication.AddMonths(-11);
        var hi = publication.AddMonths(1);
        DateInterval? best = null;
        var bestDistance = int.MaxValue;
        foreach (var year in years)
        {
            if (occurrence(year) is not { } r || !r.Overlaps(new DateInterval(lo, hi)))
                continue;
            var distance = r.Contains(publication) ? 0
                : r.To < publication ? publication.DayNumber - r.To.DayNumber
                : r.From.DayNumber - publication.DayNumber;
            if (distance < bestDistance || (distance == bestDistance && best is { } b && r.From < b.From))
            {
                best = r;
                bestDistance = distance;
            }
        }
        return best;
    }
}
