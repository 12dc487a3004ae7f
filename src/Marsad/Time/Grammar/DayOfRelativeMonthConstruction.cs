namespace Marsad.Time.Grammar;

/// <summary>
/// "السادس من الشهر الجاري", "في 3 من الشهر الماضي", "في 23 ـ 24 من الشهر الجاري (مارس/ آذار)": a day, or a
/// range of days, of a month counted from publication; a month named after it in parentheses says which
/// month that is; "في 15 الجاري" counts it by the relation word alone. "في 20 من الشهر نفسه" is a day
/// of the month named before it, bound by the tagger.
/// Rule: day-relative-month:&lt;day&gt;+&lt;month row&gt;[+&lt;named month&gt;].
/// </summary>
internal static class DayOfRelativeMonthConstruction
{
    public static Parsed? Read(TemporalContext context, int k, IReadOnlyList<string> leadIds)
    {
        var ids = new List<string>();
        if (DayReader.ReadDays(context, k, ids) is not { First: { } first } days)
            return null;
        k = days.End;
        if (context.IsRead(TimeWordRole.Of, k))
            k++;
        if (context.Lexicon.Relative.MatchAt(context.Tokens, k) is not { Entry.Value.Kind: RelativeKind.Month or RelativeKind.SameMonth or RelativeKind.Relation } m
            || m.Entry.Value.Relation == RelationWord.BeforePrevious)
            return null;
        // "في 15 الجاري": a relation word alone after the day counts the month as "الشهر الجاري" does.
        var (kind, offset) = m.Entry.Value switch
        {
            { Kind: RelativeKind.Relation, Relation: var relation } => (RelativeKind.Month, relation switch { RelationWord.Previous => -1, RelationWord.Next => 1, _ => 0 }),
            var entry => (entry.Kind, entry.Offset),
        };
        ids.Add(m.Entry.Id);
        var (named, end) = kind == RelativeKind.Month ? NamedMonth(context, m.EndToken, ids) : (null, m.EndToken);
        TemporalValue Day(int day) => kind == RelativeKind.SameMonth ? new DayOfMentionedMonth(day) : new DayOfMonthOffset(offset, day) { NamedMonth = named };
        var value = days.Last is { } last ? new RangeValue(Day(first), Day(last)) : Day(first);
        return new Parsed(end, value, "day-relative-month:" + string.Join("+", ids));
    }

    /// <summary>"(مارس/ آذار)": the month in parentheses after a counted month, and the token after the closing one.</summary>
    private static (int? Month, int End) NamedMonth(TemporalContext context, int k, List<string> ids)
    {
        var tokens = context.Tokens;
        var read = new List<string>();
        if (k + 2 >= tokens.Count || tokens[k].Norm != "(" || MonthReader.Read(context, k + 1, afterMonthWord: false, read) is not { Hijri: false } month)
            return (null, k);
        // A month named in two systems ("مارس/ آذار)") is read up to its closing parenthesis.
        var end = tokens[month.End - 1].Norm == ")" ? month.End : month.End < tokens.Count && tokens[month.End].Norm == ")" ? month.End + 1 : -1;
        if (end < 0)
            return (null, k);
        ids.AddRange(read);
        return (month.Value, end);
    }
}
