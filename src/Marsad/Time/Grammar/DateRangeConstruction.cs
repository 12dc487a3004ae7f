namespace Marsad.Time.Grammar;

/// <summary>
/// "من 28 شباط إلى 2 آذار 2021": a second date after a connector closes a range; the first end
/// takes the year (and relation) of the second when it has none. Both ends are days of one calendar.
/// Rule: date-range:&lt;ids of both dates&gt;.
/// </summary>
internal static class DateRangeConstruction
{
    public static Parsed? Read(TemporalContext context, int k, IReadOnlyList<string> leadIds)
    {
        if (DateReader.Read(context, k) is not { Day: not null, Day2: null } date
            || date.End + 1 >= context.Count
            || !context.IsWritten(TimeWordRole.RangeConnector, date.End)
            || DateReader.Read(context, date.End + 1) is not { Day: not null, Day2: null } second
            || second.Hijri != date.Hijri)
            return null;
        var first = date.Year is null && second.Year is not null ? date with { Year = second.Year, Relation = second.Relation } : date;
        return new Parsed(second.End, new RangeValue(first.Value(null), second.Value(null)), "date-range:" + string.Join("+", date.Ids.Concat(second.Ids)));
    }
}
