namespace Marsad.Time.Grammar;

/// <summary>
/// A weekday, with a date it names ("الأربعاء 17 من شباط", "يوم الأربعاء (17 شباط)", "الخميس الموافق 27 مارس"), with a
/// relation ("الجمعة الماضي", "الخميس المقبل"), or alone ("الثلاثاء": the most recent one).
/// Rules: weekday-&lt;date pattern&gt;, weekday-relation, weekday.
/// </summary>
internal static class WeekdayConstruction
{
    public static Parsed? Read(TemporalContext context, int j, IReadOnlyList<string> leadIds)
    {
        if (context.Lexicon.Weekdays.MatchAt(context.Tokens, j) is not { } w)
            return null;
        var rule = new List<string>(leadIds) { w.Entry.Id };
        var k = context.SkipComma(w.EndToken);
        // "يوم الخميس الموافق 27 مارس 2025": the word that gives a day's equivalent stands between.
        if (k < context.Count && context.IsWritten(TimeWordRole.Equivalent, k))
            k++;
        if (DateReader.Read(context, k) is { Day: not null } date)
        {
            rule.AddRange(date.Ids);
            return new Parsed(date.End, date.Value(w.Entry.Value), "weekday-" + date.Pattern + ":" + string.Join("+", rule));
        }
        if (RelationReader.Weekday(context, w.EndToken) is { } relation)
        {
            rule.Add(relation.Id);
            return new Parsed(relation.End, new WeekdayValue(w.Entry.Value, relation.Value), "weekday-relation:" + string.Join("+", rule));
        }
        return new Parsed(w.EndToken, new WeekdayValue(w.Entry.Value, WeekdayRelation.Recent), "weekday:" + string.Join("+", rule));
    }
}
