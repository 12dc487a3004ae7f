namespace Marsad.Time.Grammar;

/// <summary>
/// A date as read, before it becomes a value: month and calendar, optional day (or day range
/// <see cref="Day"/>..<see cref="Day2"/>), year and relation, and the row ids that matched.
/// </summary>
internal sealed record DateCore(int End, int Month, bool Hijri, int? Day, int? Day2, int? Year, MonthRelation Relation, IReadOnlyList<string> Ids)
{
    /// <summary>The year counted from publication's ("أيلول العام الماضي": -1), when the text gives one instead of a number.</summary>
    public int? YearOffset { get; init; }

    /// <summary>The value, with the weekday a leading weekday name gives the (first) day.</summary>
    public TemporalValue Value(DayOfWeek? weekday)
    {
        TemporalValue Make(int? day, DayOfWeek? w) =>
            Hijri ? new HijriDate(Month, day, Year, Relation) : new MonthDate(Month, day, Year, w, Relation) { YearOffset = YearOffset };
        return Day2 is { } d2 ? new RangeValue(Make(Day, weekday), Make(d2, null)) : Make(Day, weekday);
    }

    /// <summary>The rule name of the date's shape: [hijri-](range | day-month | month)[-year][-relation].</summary>
    public string Pattern =>
        (Hijri ? "hijri-" : "")
        + (Day2 is not null ? "range" : Day is not null ? "day-month" : "month")
        + (Year is not null ? "-year" : YearOffset is not null ? "-relative-year" : "")
        + (Relation == MonthRelation.Nearest ? "" : "-relation");
}
