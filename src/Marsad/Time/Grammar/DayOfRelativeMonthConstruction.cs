namespace Marsad.Time.Grammar;

/// <summary>
/// "السادس من الشهر الجاري", "في 3 من الشهر الماضي": a day of a month counted from publication.
/// Rule: day-relative-month:&lt;day&gt;+&lt;month row&gt;.
/// </summary>
internal static class DayOfRelativeMonthConstruction
{
    public static Parsed? Read(TemporalContext context, int k, IReadOnlyList<string> leadIds)
    {
        if (DayReader.ReadDay(context, k) is not { } day)
            return null;
        k = day.End;
        if (context.IsRead(TimeWordRole.Of, k))
            k++;
        if (context.Lexicon.Relative.MatchAt(context.Tokens, k) is not { Entry.Value.Kind: RelativeKind.Month } m)
            return null;
        return new Parsed(m.EndToken, new DayOfMonthOffset(m.Entry.Value.Offset, day.Value), $"day-relative-month:{day.Id}+{m.Entry.Id}");
    }
}
