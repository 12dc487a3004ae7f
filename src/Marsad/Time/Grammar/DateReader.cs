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
        if ((NumericDate(context, k) ?? NumericMonth(context, k) ?? MonthFirst(context, k)) is { } numeric)
            return numeric;
        var ids = new List<string>();
        var days = DayReader.ReadDays(context, k, ids);
        k = days.End;
        if (days.First is not null && context.IsRead(TimeWordRole.Of, k))
            k++;
        if (days.First is not null)
            k = context.SkipGluedSeparator(k);
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
        int? yearOffset = null;
        if (year is null && relation == MonthRelation.Nearest && !month.Hijri && RelativeYear(context, k) is { } relative)
        {
            (yearOffset, k) = (relative.Offset, relative.End);
            ids.Add(relative.Id);
        }
        var bare = days.First is null && year is null && relation == MonthRelation.Nearest && yearOffset is null;
        if (bare && !month.Alone && !monthAloneOk)
            return null;
        if (bare && month.Hijri && !sawMonthWord)
            return null;
        return new DateCore(k, month.Value, month.Hijri, days.First, days.Last, year?.Value, relation, ids) { YearOffset = yearOffset };
    }

    /// <summary>"أيلول العام الماضي", "سبتمبر من العام الحالي": a year counted from publication's (a year row of relative.tsv).</summary>
    private static (int Offset, string Id, int End)? RelativeYear(TemporalContext context, int k)
    {
        if (context.IsRead(TimeWordRole.Of, k))
            k++;
        return context.Lexicon.Relative.MatchAt(context.Tokens, k) is { Entry.Value.Kind: RelativeKind.Year } r
            ? (r.Entry.Value.Offset, r.Entry.Id, r.EndToken)
            : null;
    }

    /// <summary>
    /// A month name, then the day and the year, as English-style page dates print them:
    /// "أبريل 15, 2025", "March 22, 2024". The year is required: "أبريل 15" alone is not read.
    /// </summary>
    private static DateCore? MonthFirst(TemporalContext context, int k)
    {
        var ids = new List<string>();
        if (MonthReader.Read(context, k, afterMonthWord: false, ids) is not { Hijri: false } month)
            return null;
        if (context.DayNumber(month.End) is not { } day)
            return null;
        var afterDay = context.IsComma(month.End + 1) ? month.End + 2 : month.End + 1;
        if (YearReader.Read(context, afterDay, hijri: false) is not { } year || Calendars.Gregorian(year.Value, month.Value, day) is null)
            return null;
        ids.AddRange(["num", "year"]);
        return new DateCore(year.End, month.Value, false, day, null, year.Value, MonthRelation.Nearest, ids);
    }

    /// <summary>
    /// A year and a month in digits, ISO style, as page metadata prints a month: "2021-12". Not
    /// followed by a third glued part (that is a full date) and the month must be 1 to 12.
    /// </summary>
    private static DateCore? NumericMonth(TemporalContext context, int k)
    {
        var tokens = context.Tokens;
        if (k + 2 >= tokens.Count || tokens[k].Kind != TokenKind.Number || tokens[k].Norm.Length != 4 || tokens[k + 1].Norm != "-"
            || tokens[k + 2].Kind != TokenKind.Number || tokens[k + 2].Norm.Length > 2
            || tokens[k].End != tokens[k + 1].Start || tokens[k + 1].End != tokens[k + 2].Start)
            return null;
        if (k + 3 < tokens.Count && tokens[k + 3].Start == tokens[k + 2].End && tokens[k + 3].Kind != TokenKind.Word)
            return null;
        var year = int.Parse(tokens[k].Norm, CultureInfo.InvariantCulture);
        var month = int.Parse(tokens[k + 2].Norm, CultureInfo.InvariantCulture);
        if (!YearReader.IsGregorian(year) || month is < 1 or > 12)
            return null;
        return new DateCore(k + 3, month, false, null, null, year, MonthRelation.Nearest, ["numeric-month"]);
    }

    /// <summary>"17/2/2021", "17-2-2021", "17.2.2021" (day first, as Arabic papers write) and ISO "2021-02-17".</summary>
    internal static DateCore? NumericDate(TemporalContext context, int k)
    {
        var tokens = context.Tokens;
        if (k + 4 >= tokens.Count)
            return null;
        var sep = tokens[k + 1].Norm;
        if (sep is not ("/" or "-" or ".") || tokens[k + 3].Norm != sep)
            return null;
        if (!context.Glued(k, k + 4))
            return null;
        if (tokens[k].Kind != TokenKind.Number || tokens[k + 2].Kind != TokenKind.Number || tokens[k + 4].Kind != TokenKind.Number)
            return null;
        var a = int.Parse(tokens[k].Norm, CultureInfo.InvariantCulture);
        var b = int.Parse(tokens[k + 2].Norm, CultureInfo.InvariantCulture);
        var c = int.Parse(tokens[k + 4].Norm, CultureInfo.InvariantCulture);
        var (year, month, day) = tokens[k].Norm.Length == 4 ? (a, b, c) : tokens[k + 4].Norm.Length == 4 ? (c, b, a) : (0, 0, 0);
        if (!YearReader.IsGregorian(year) || Calendars.Gregorian(year, month, day) is null)
            return null;
        return new DateCore(k + 5, month, false, day, null, year, MonthRelation.Nearest, ["numeric"]);
    }
}
