using System.Globalization;
using Marsad.Text;

namespace Marsad.Time.Grammar;

/// <summary>
/// Reads a date from its parts: [day [range]] [من] [شهر] month [year [era] | relation], or a
/// numeric date. Shared by the date, date-range, weekday and part-of constructions.
/// </summary>
internal static class DateReader
{
    /// <summary>
    /// The date at token <paramref name="k"/>, or null. A month alone (no day, year or relation) is
    /// a date only when its row allows it or <paramref name="monthAloneOk"/> ("منتصف آب"); a Hijri
    /// month alone needs the word for month ("شهر رمضان").
    /// </summary>
    public static DateCore? Read(TemporalContext context, int k, bool monthAloneOk = false)
    {
        if (NumericDate(context, k) is { } numeric)
            return numeric;
        var ids = new List<string>();
        var days = DayReader.ReadDays(context, k, ids);
        k = days.End;
        if (days.First is not null && context.IsRead(TimeWordRole.Of, k))
            k++;
        var sawMonthWord = context.IsMonthWord(k);
        if (sawMonthWord)
            k++;
        if (MonthReader.Read(context, k, sawMonthWord, ids) is not { } month)
            return null;
        k = month.End;
        var relation = MonthRelation.Nearest;
        var year = YearReader.Read(context, k, month.Hijri);
        if (year is not null)
        {
            ids.Add("year");
            k = year.End;
        }
        else if (RelationReader.Month(context, k) is { } r)
        {
            relation = r.Value;
            ids.Add(r.Id);
            k = r.End;
        }
        var bare = days.First is null && year is null && relation == MonthRelation.Nearest;
        if (bare && !month.Alone && !monthAloneOk)
            return null;
        if (bare && month.Hijri && !sawMonthWord)
            return null;
        return new DateCore(k, month.Value, month.Hijri, days.First, days.Last, year?.Value, relation, ids);
    }

    /// <summary>"17/2/2021", "17-2-2021", "17.2.2021" (day first, as Arabic papers write) and ISO "2021-02-17".</summary>
    private static DateCore? NumericDate(TemporalContext context, int k)
    {
        var tokens = context.Tokens;
        if (k + 4 >= tokens.Count)
            return null;
        var sep = tokens[k + 1].Norm;
        if (sep is not ("/" or "-" or ".") || tokens[k + 3].Norm != sep)
            return null;
        for (var t = k; t < k + 4; t++)
            if (tokens[t].End != tokens[t + 1].Start)
                return null;
        if (tokens[k].Kind != TokenKind.Number || tokens[k + 2].Kind != TokenKind.Number || tokens[k + 4].Kind != TokenKind.Number)
            return null;
        var a = int.Parse(tokens[k].Norm, CultureInfo.InvariantCulture);
        var b = int.Parse(tokens[k + 2].Norm, CultureInfo.InvariantCulture);
        var c = int.Parse(tokens[k + 4].Norm, CultureInfo.InvariantCulture);
        var (year, month, day) = tokens[k].Norm.Length == 4 ? (a, b, c) : tokens[k + 4].Norm.Length == 4 ? (c, b, a) : (0, 0, 0);
        if (year is < 1900 or > 2100 || Calendars.Gregorian(year, month, day) is null)
            return null;
        return new DateCore(k + 5, month, false, day, null, year, MonthRelation.Nearest, ["numeric"]);
    }
}
