using Marsad.Text;

namespace Marsad.Time.Grammar;

/// <summary>A relation word after a month or a weekday (kind "relation" in Data/time/relative.tsv): "الجاري", "الماضي", "المقبل".</summary>
internal static class RelationReader
{
    public sealed record Relation<T>(T Value, string Id, int End);

    /// <summary>"أيار الماضي": current, previous or next month ("قبل الماضي" says no month the grammar places).</summary>
    public static Relation<MonthRelation>? Month(TemporalContext context, int k) =>
        Match(context, k) is { Entry.Value.Relation: not RelationWord.BeforePrevious } r
            ? new(r.Entry.Value.Relation switch
            {
                RelationWord.Current => MonthRelation.Current,
                RelationWord.Previous => MonthRelation.Previous,
                _ => MonthRelation.Next,
            }, r.Entry.Id, r.EndToken)
            : null;

    /// <summary>"الجمعة الماضي": the previous or next such weekday, "الجمعة قبل الماضي" the one before; "current" is the most recent one.</summary>
    public static Relation<WeekdayRelation>? Weekday(TemporalContext context, int k) =>
        Match(context, k) is { } r
            ? new(r.Entry.Value.Relation switch
            {
                RelationWord.Previous => WeekdayRelation.Previous,
                RelationWord.BeforePrevious => WeekdayRelation.BeforePrevious,
                RelationWord.Next => WeekdayRelation.Next,
                _ => WeekdayRelation.Recent,
            }, r.Entry.Id, r.EndToken)
            : null;

    private static PhraseMatch<LexiconEntry<RelativeEntry>>? Match(TemporalContext context, int k) =>
        context.Lexicon.Relative.MatchAt(context.Tokens, k) is { Entry.Value.Kind: RelativeKind.Relation } r ? r : null;
}
