using System.Globalization;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>
/// Finds temporal expressions in a text layer. The words are data (Data/time/*.tsv); this class
/// holds only the grammar that combines them: [daypart] [يوم] (relative | weekday [date] [relation]
/// | part-of (month | year | relative) | date | year). <see cref="TemporalMention.Rule"/> is the
/// pattern name followed by the ids of the table rows that matched.
/// </summary>
public static class TemporalTagger
{
    private sealed record Parsed(int End, TemporalValue Value, string Rule);

    private sealed record DateCore(int End, int Month, bool Hijri, int? Day, int? Day2, int? Year, MonthRelation Relation, List<string> Ids)
    {
        public TemporalValue Value(DayOfWeek? weekday)
        {
            TemporalValue Make(int? day, DayOfWeek? w) =>
                Hijri ? new HijriDate(Month, day, Year, Relation) : new MonthDate(Month, day, Year, w, Relation);
            return Day2 is { } d2 ? new RangeValue(Make(Day, weekday), Make(d2, null)) : Make(Day, weekday);
        }
    }

    public static IReadOnlyList<TemporalMention> Tag(TextLayer text)
    {
        var lexicon = TimeLexicon.Default;
        var tokens = text.Tokens;
        var result = new List<TemporalMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Kind != TokenKind.Punctuation && Parse(tokens, i, lexicon) is { } parsed && parsed.End > i)
            {
                var p = WithDuration(tokens, parsed, lexicon);
                var start = FirstContentToken(tokens, i, p.End);
                var s = tokens[start].Start;
                var e = tokens[p.End - 1].End;
                result.Add(new TemporalMention(s, e, text.Slice(s, e), p.Value, p.Rule));
                i = p.End;
            }
            else
            {
                i++;
            }
        }
        return result;
    }

    /// <summary>"17 شباط على مدى يومين": a day followed by a duration becomes the days it covers.</summary>
    private static Parsed WithDuration(IReadOnlyList<Token> tokens, Parsed parsed, TimeLexicon lex)
    {
        var k = SkipComma(tokens, parsed.End);
        if (lex.Relative.Match(tokens, k) is not { Entry.Value.Kind: "duration" } d || !int.TryParse(d.Entry.Value.Offset, CultureInfo.InvariantCulture, out var days))
            return parsed;
        return parsed.Value switch
        {
            MonthDate { Day: not null } or HijriDate { Day: not null } or RelativeDay or WeekdayValue or DayOfMonthOffset or AbsoluteDate { Interval.IsDay: true }
                => new Parsed(d.End, new Lasting(parsed.Value, days), parsed.Rule + "+" + d.Entry.Id),
            _ => parsed,
        };
    }

    // A bare preposition cue ("في 2019") is not part of the expression itself.
    private static int FirstContentToken(IReadOnlyList<Token> tokens, int start, int end) =>
        end - start >= 2 && YearPrepositions.Contains(tokens[start].Norm) ? start + 1 : start;

    private static readonly HashSet<string> YearPrepositions = new(["في", "وفي", "خلال", "منذ", "حتي", "قبل", "بعد"], StringComparer.Ordinal);
    private static readonly HashSet<string> YearWords = new(["عام", "سنه", "العام", "السنه"], StringComparer.Ordinal);
    private static readonly HashSet<string> RangeConnectors = new(["الي", "حتي", "لغايه", "و", "-", "–"], StringComparer.Ordinal);

    private static Parsed? Parse(IReadOnlyList<Token> tokens, int i, TimeLexicon lex)
    {
        var j = i;
        var ids = new List<string>();
        if (lex.Relative.Match(tokens, j) is { Entry.Value.Kind: "daypart" } dp)
        {
            ids.Add(dp.Entry.Id);
            j = dp.End;
        }
        if (Relative(tokens, j, lex, ids) is { } rel)
            return rel;
        // "يوم الجمعة", "يوم 17 شباط": the word for "day" before a weekday or date (not "اليوم", today).
        if (j + 1 < tokens.Count && tokens[j].Readings.Contains("يوم") && !tokens[j].Readings.Contains("اليوم"))
            j++;

        if (Weekday(tokens, j, lex, ids) is { } wd)
            return wd;
        if (j > i)
            return null;
        if (Part(tokens, j, lex) is { } part)
            return part;
        if (DayOfRelativeMonth(tokens, j, lex) is { } relDay)
            return relDay;
        if (Date(tokens, j, lex) is { } date)
        {
            // "من 28 شباط إلى 2 آذار 2021": a second date after a connector closes a range;
            // the first end takes the year of the second when it has none.
            if (date.Day is not null && date.Day2 is null && date.End + 1 < tokens.Count && RangeConnectors.Contains(tokens[date.End].Norm)
                && Date(tokens, date.End + 1, lex) is { Day: not null, Day2: null } second && second.Hijri == date.Hijri)
            {
                var first = date.Year is null && second.Year is not null ? date with { Year = second.Year, Relation = second.Relation } : date;
                return new Parsed(second.End, new RangeValue(first.Value(null), second.Value(null)), "date-range:" + string.Join("+", date.Ids.Concat(second.Ids)));
            }
            return new Parsed(date.End, date.Value(null), Pattern(date, null) + ":" + string.Join("+", date.Ids));
        }
        return YearExpression(tokens, j);
    }

    private static Parsed? Relative(IReadOnlyList<Token> tokens, int j, TimeLexicon lex, List<string> ids)
    {
        if (lex.Relative.Match(tokens, j) is not { } m)
            return null;
        var entry = m.Entry.Value;
        var offset = entry.Offset is { } o && int.TryParse(o, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var rule = new List<string>(ids) { m.Entry.Id };
        switch (entry.Kind)
        {
            case "day":
                var end = m.End;
                DayOfWeek? weekday = null;
                var k = SkipComma(tokens, end);
                if (lex.Weekdays.Match(tokens, k) is { } w)
                {
                    weekday = w.Entry.Value;
                    rule.Add(w.Entry.Id);
                    end = w.End;
                }
                return new Parsed(end, new RelativeDay(offset, weekday), (weekday is null ? "relative-day:" : "relative-day-weekday:") + string.Join("+", rule));
            case "week":
                return new Parsed(m.End, new RelativeUnit(CalendarUnit.Week, offset), "relative-week:" + string.Join("+", rule));
            case "month":
                return new Parsed(m.End, new RelativeUnit(CalendarUnit.Month, offset), "relative-month:" + string.Join("+", rule));
            case "year":
                return new Parsed(m.End, new RelativeUnit(CalendarUnit.Year, offset), "relative-year:" + string.Join("+", rule));
            default:
                return null;
        }
    }

    private static Parsed? Weekday(IReadOnlyList<Token> tokens, int j, TimeLexicon lex, List<string> ids)
    {
        if (lex.Weekdays.Match(tokens, j) is not { } w)
            return null;
        var rule = new List<string>(ids) { w.Entry.Id };
        var k = SkipComma(tokens, w.End);
        if (Date(tokens, k, lex) is { Day: not null } date)
        {
            rule.AddRange(date.Ids);
            return new Parsed(date.End, date.Value(w.Entry.Value), "weekday-" + Pattern(date, null) + ":" + string.Join("+", rule));
        }
        if (lex.Relative.Match(tokens, w.End) is { Entry.Value.Kind: "relation" } r)
        {
            rule.Add(r.Entry.Id);
            var relation = r.Entry.Value.Offset switch
            {
                "previous" => WeekdayRelation.Previous,
                "next" => WeekdayRelation.Next,
                _ => WeekdayRelation.Recent,
            };
            return new Parsed(r.End, new WeekdayValue(w.Entry.Value, relation), "weekday-relation:" + string.Join("+", rule));
        }
        return new Parsed(w.End, new WeekdayValue(w.Entry.Value, WeekdayRelation.Recent), "weekday:" + string.Join("+", rule));
    }

    /// <summary>"السادس من الشهر الجاري", "في 3 من الشهر الماضي": a day of a month counted from publication.</summary>
    private static Parsed? DayOfRelativeMonth(IReadOnlyList<Token> tokens, int k, TimeLexicon lex)
    {
        string dayId;
        int day;
        if (DayNumber(tokens, k) is { } d)
        {
            (day, dayId) = (d, "num");
            k++;
        }
        else if (lex.Ordinals.Match(tokens, k) is { } o)
        {
            (day, dayId) = (o.Entry.Value, o.Entry.Id);
            k = o.End;
        }
        else
        {
            return null;
        }
        if (k < tokens.Count && tokens[k].Readings.Contains("من"))
            k++;
        if (lex.Relative.Match(tokens, k) is not { Entry.Value.Kind: "month" } m)
            return null;
        var offset = int.Parse(m.Entry.Value.Offset ?? "0", NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return new Parsed(m.End, new DayOfMonthOffset(offset, day), $"day-relative-month:{dayId}+{m.Entry.Id}");
    }

    private static Parsed? Part(IReadOnlyList<Token> tokens, int j, TimeLexicon lex)
    {
        if (lex.Parts.Match(tokens, j) is not { } p)
            return null;
        var part = p.Entry.Value;
        var k = p.End;
        if (IsMonthWord(tokens, k))
            k++;
        TemporalValue inner;
        string innerRule;
        int end;
        if (lex.Relative.Match(tokens, k) is { Entry.Value.Kind: "month" or "year" } rel)
        {
            var offset = int.Parse(rel.Entry.Value.Offset ?? "0", NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            inner = new RelativeUnit(rel.Entry.Value.Kind == "month" ? CalendarUnit.Month : CalendarUnit.Year, offset);
            innerRule = rel.Entry.Id;
            end = rel.End;
        }
        else if (Date(tokens, k, lex, monthAloneOk: true) is { Day: null, Day2: null } date)
        {
            inner = date.Value(null);
            innerRule = string.Join("+", date.Ids);
            end = date.End;
        }
        else if (YearExpression(tokens, k) is { } year)
        {
            inner = year.Value;
            innerRule = year.Rule;
            end = year.End;
        }
        else if (k < tokens.Count && (tokens[k].Readings.Contains("العام") || tokens[k].Readings.Contains("السنه") || tokens[k].Readings.Contains("الشهر")))
        {
            // "منذ مطلع العام", "أواخر الشهر": the unit with no qualifier is the current one.
            var isMonth = tokens[k].Readings.Contains("الشهر");
            inner = new RelativeUnit(isMonth ? CalendarUnit.Month : CalendarUnit.Year, 0);
            innerRule = isMonth ? "bare-month" : "bare-year";
            end = k + 1;
        }
        else
        {
            return null;
        }
        return new Parsed(end, new PartOf(inner, part.Id, part.MonthFromDay, part.MonthToDay, part.YearFromMonth, part.YearToMonth), $"part:{p.Entry.Id}+{innerRule}");
    }

    private static DateCore? Date(IReadOnlyList<Token> tokens, int k, TimeLexicon lex, bool monthAloneOk = false)
    {
        if (NumericDate(tokens, k) is { } numeric)
            return numeric;
        var ids = new List<string>();
        int? day = null, day2 = null;
        if (DayNumber(tokens, k) is { } d)
        {
            day = d;
            ids.Add("num");
            k++;
        }
        else if (lex.Ordinals.Match(tokens, k) is { } o)
        {
            day = o.Entry.Value;
            ids.Add(o.Entry.Id);
            k = o.End;
        }
        if (day is not null && k < tokens.Count)
        {
            // "من 16 إلى 17 شباط", "بين 3 و5 آذار" ("و5" may be one token)
            if (RangeConnectors.Contains(tokens[k].Norm) && DayNumber(tokens, k + 1) is { } second && second > day)
            {
                day2 = second;
                ids.Add("range");
                k += 2;
            }
            else if (tokens[k].Norm.StartsWith('و') && DayNumber(tokens, k) is { } joined && joined > day)
            {
                day2 = joined;
                ids.Add("range");
                k++;
            }
        }
        var sawMonthWord = false;
        if (day is not null && k < tokens.Count && tokens[k].Readings.Contains("من"))
            k++;
        if (IsMonthWord(tokens, k))
        {
            k++;
            sawMonthWord = true;
        }

        int month;
        bool hijri;
        bool alone;
        if (lex.Months.Match(tokens, k) is { } m)
        {
            month = m.Entry.Value.Month;
            hijri = false;
            alone = m.Entry.Value.Alone;
            ids.Add(m.Entry.Id);
            k = m.End;
            // Combined forms: "شباط/فبراير", "شباط (فبراير)"
            var c = k;
            if (c < tokens.Count && tokens[c].Norm is "/" or "(")
            {
                if (lex.Months.Match(tokens, c + 1) is { } m2 && m2.Entry.Value.Month == month)
                {
                    ids.Add(m2.Entry.Id);
                    c = m2.End;
                    if (c < tokens.Count && tokens[c].Norm == ")")
                        c++;
                    k = c;
                }
            }
            else if (lex.Months.Match(tokens, c) is { } m3 && m3.Entry.Value.Month == month && m3.Entry.Value.System != m.Entry.Value.System)
            {
                ids.Add(m3.Entry.Id);
                k = m3.End;
            }
        }
        else if (lex.Hijri.Match(tokens, k) is { } h)
        {
            month = h.Entry.Value;
            hijri = true;
            alone = sawMonthWord;
            ids.Add(h.Entry.Id);
            k = h.End;
        }
        else
        {
            return null;
        }

        int? year = null;
        if (k < tokens.Count && Number(tokens[k], out var suffix) is { } y && (hijri ? y is >= 1300 and <= 1600 : y is >= 1900 and <= 2100))
        {
            year = y;
            ids.Add("year");
            k++;
            if (suffix.Length == 0 && k < tokens.Count && tokens[k].Norm is "ه" or "م" or "هجري" or "هجريه" or "ميلادي" or "ميلاديه")
                k++;
        }
        var relation = MonthRelation.Nearest;
        if (year is null && lex.Relative.Match(tokens, k) is { Entry.Value.Kind: "relation" } r)
        {
            relation = r.Entry.Value.Offset switch
            {
                "current" => MonthRelation.Current,
                "previous" => MonthRelation.Previous,
                _ => MonthRelation.Next,
            };
            ids.Add(r.Entry.Id);
            k = r.End;
        }
        if (day is null && year is null && relation == MonthRelation.Nearest && !alone && !monthAloneOk)
            return null;
        if (hijri && day is null && year is null && relation == MonthRelation.Nearest && !sawMonthWord)
            return null;
        return new DateCore(k, month, hijri, day, day2, year, relation, ids);
    }

    /// <summary>"17/2/2021", "17-2-2021", "17.2.2021" (day first, as Arabic papers write) and ISO "2021-02-17".</summary>
    private static DateCore? NumericDate(IReadOnlyList<Token> tokens, int k)
    {
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

    private static string Pattern(DateCore date, DayOfWeek? _) =>
        (date.Hijri ? "hijri-" : "")
        + (date.Day2 is not null ? "range" : date.Day is not null ? "day-month" : "month")
        + (date.Year is not null ? "-year" : "")
        + (date.Relation == MonthRelation.Nearest ? "" : "-relation");

    private static Parsed? YearExpression(IReadOnlyList<Token> tokens, int j)
    {
        if (j + 1 >= tokens.Count)
            return null;
        var cue = tokens[j];
        var isYearWord = cue.Readings.Any(YearWords.Contains);
        var isPreposition = YearPrepositions.Contains(cue.Norm);
        if (!isYearWord && !isPreposition)
            return null;
        if (tokens[j + 1].Kind != TokenKind.Number || Number(tokens[j + 1], out _) is not { } y || y is < 1900 or > 2100)
            return null;
        var end = j + 2;
        if (end < tokens.Count && tokens[end].Norm is "م" or "ميلادي" or "ميلاديه")
            end++;
        return new Parsed(end, new AbsoluteDate(Calendars.Year(y)), isYearWord ? "year:year-word" : "year:preposition");
    }

    // "شهر" (month) before a month name: "من شهر رمضان"; "الشهر" starts "الشهر المقبل" instead.
    private static bool IsMonthWord(IReadOnlyList<Token> tokens, int k) =>
        k < tokens.Count && tokens[k].Readings.Contains("شهر") && !tokens[k].Readings.Contains("الشهر");

    private static int SkipComma(IReadOnlyList<Token> tokens, int k) =>
        k < tokens.Count && tokens[k].Norm is "," or "،" or "(" or "-" ? k + 1 : k;

    private static int? DayNumber(IReadOnlyList<Token> tokens, int k) =>
        k < tokens.Count && Number(tokens[k], out var suffix) is { } n && n is >= 1 and <= 31 && suffix.Length == 0 ? n : null;

    /// <summary>
    /// The number a token carries: plain digits, digits after a clitic ("و17", "ب17"), or a year
    /// with its era letter attached ("1445ه", "2019م"); the attached era letter is returned.
    /// </summary>
    private static int? Number(Token token, out string suffix)
    {
        suffix = "";
        var s = token.Norm;
        var start = 0;
        while (start < s.Length && start < 2 && s[start] is 'و' or 'ب' or 'ف' or 'ل')
            start++;
        var end = start;
        while (end < s.Length && char.IsAsciiDigit(s[end]))
            end++;
        if (end == start || end - start > 4)
            return null;
        var rest = s[end..];
        if (rest.Length > 0 && rest is not ("ه" or "م"))
            return null;
        suffix = rest;
        return int.Parse(s[start..end], CultureInfo.InvariantCulture);
    }
}
