namespace Marsad.Time.Grammar;

/// <summary>
/// A weekday, with a date it names ("الأربعاء 17 من شباط", "يوم الأربعاء (17 شباط)", "الخميس الموافق 27 مارس"), with a
/// relation ("الجمعة الماضي", "الخميس المقبل"), or alone ("الثلاثاء": the most recent one); after "ليلة",
/// the night around it (<see cref="NightOf"/>).
/// Rules: weekday-&lt;date pattern&gt;, weekday-relation, weekday.
/// </summary>
internal static class WeekdayConstruction
{
    /// <summary>The id of the daypart row (relative.tsv) that names a night.</summary>
    public const string NightLead = "night";

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
        // "ليلة الأحد": the night around the weekday, not the weekday itself.
        TemporalValue Day(WeekdayRelation relation) =>
            leadIds.Contains(NightLead) ? new NightOf(new WeekdayValue(w.Entry.Value, relation)) : new WeekdayValue(w.Entry.Value, relation);
        if (RelationReader.Weekday(context, w.EndToken) is { } relation)
        {
            rule.Add(relation.Id);
            return new Parsed(relation.End, Day(relation.Value), "weekday-relation:" + string.Join("+", rule));
        }
        return new Parsed(w.EndToken, Day(WeekdayRelation.Recent), "weekday:" + string.Join("+", rule));
    }
}
