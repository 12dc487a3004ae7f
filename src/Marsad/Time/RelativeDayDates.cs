using Marsad.Text;

namespace Marsad.Time;

/// <summary>
/// "بتاريخ الأمس 28 يوليو", "أمس، 3 آذار": a day counted from publication with a calendar date right after
/// it names one day twice, so the article was written the day the count gives from that date (29 July of
/// some year). Only punctuation (a comma, quotation marks, a dash or a bracket) may stand between the two.
/// </summary>
internal static class RelativeDayDates
{
    /// <summary>How many characters may stand between the counted day and its date.</summary>
    public const int Gap = 3;

    /// <summary>
    /// A check for each counted day printed with its date, except where the pair is read as the body's dateline
    /// (<paramref name="datelines"/>: "اليوم الأربعاء 15 كانون الثاني 2025" at its head).
    /// </summary>
    public static IEnumerable<PublicationConstraint> Of(TextLayer text, IReadOnlyList<TemporalMention> times, IReadOnlyList<TextSpan> datelines)
    {
        // The tagger gives the mentions in text order: a counted day's date is the mention after it.
        for (var i = 0; i + 1 < times.Count; i++)
        {
            var (counted, next) = (times[i], times[i + 1]);
            if (counted.Value is not RelativeDay { Offset: var offset } || next.Value is not (MonthDate { Day: not null } or AbsoluteDate)
                || next.Start < counted.End || next.Start - counted.End > Gap || !IsPunctuation(text.Text.AsSpan(counted.End, next.Start - counted.End)))
                continue;
            var date = next.Value;
            var span = new TextSpan(counted.Start, next.End);
            if (datelines.Any(d => d.Start < span.End && span.Start < d.End))
                continue;
            yield return new PublicationConstraint(DateEvidenceKind.RelativeDate, new PhraseClue(text.Slice(span.Start, span.End)), span,
                p => date.Resolve(p) is { IsDay: true } day && day.From == p.AddDays(offset), PublicationDater.Priorities.WeekdayDate)
            {
                Scope = offset == 0 ? EvidenceScope.Today : EvidenceScope.Body,
            };
        }
    }

    private static bool IsPunctuation(ReadOnlySpan<char> between)
    {
        foreach (var c in between)
        {
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c))
                return false;
        }
        return true;
    }
}
