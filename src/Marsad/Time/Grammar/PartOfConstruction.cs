namespace Marsad.Time.Grammar;

/// <summary>
/// Part of a month or a year (Data/time/parts.tsv) counted from publication or named:
/// "أواخر الشهر المقبل", "منتصف شباط 2021", "مطلع تموز الماضي", "منتصف عام 2019",
/// "منذ مطلع العام". Rule: part:&lt;part id&gt;+&lt;what it is part of&gt;.
/// </summary>
internal static class PartOfConstruction
{
    public static Parsed? Read(TemporalContext context, int j, IReadOnlyList<string> leadIds)
    {
        if (context.Lexicon.Parts.MatchAt(context.Tokens, j) is not { } p)
            return null;
        var k = p.EndToken;
        if (context.IsMonthWord(k))
            k++;
        if (Whole(context, k) is not { } whole)
            return null;
        var part = p.Entry.Value;
        var value = new PartOf(whole.Value, part.Id, part.MonthFromDay, part.MonthToDay, part.YearFromMonth, part.YearToMonth);
        return new Parsed(whole.End, value, $"part:{p.Entry.Id}+{whole.Rule}");
    }

    /// <summary>The month or year the part is taken of.</summary>
    private static Parsed? Whole(TemporalContext context, int k)
    {
        if (context.Lexicon.Relative.MatchAt(context.Tokens, k) is { Entry.Value.Kind: RelativeKind.Month or RelativeKind.Year } rel)
        {
            var unit = rel.Entry.Value.Kind == RelativeKind.Month ? CalendarUnit.Month : CalendarUnit.Year;
            return new Parsed(rel.EndToken, new RelativeUnit(unit, rel.Entry.Value.Offset), rel.Entry.Id);
        }
        if (DateReader.Read(context, k, monthAloneOk: true) is { Day: null, Day2: null } date)
            return new Parsed(date.End, date.Value(null), string.Join("+", date.Ids));
        if (YearConstruction.ReadYear(context, k) is { } year)
            return year;
        // "أواخر 2023", "الربع الأول من 2024": after a part, a bare number in the years' range is a year.
        if (k < context.Count && context.Tokens[k].Kind == Marsad.Text.TokenKind.Number && context.Number(context.Tokens[k], out var suffix) is { } y
            && suffix.Length == 0 && YearReader.IsGregorian(y))
            return new Parsed(k + 1, new AbsoluteDate(Calendars.Year(y)), "bare-number-year");
        // "منذ مطلع العام", "أواخر الشهر": the unit with no qualifier is the current one.
        if (context.IsRead(TimeWordRole.BareMonth, k))
            return new Parsed(k + 1, new RelativeUnit(CalendarUnit.Month, 0), "bare-month");
        if (context.IsRead(TimeWordRole.BareYear, k))
            return new Parsed(k + 1, new RelativeUnit(CalendarUnit.Year, 0), "bare-year");
        return null;
    }
}
