using Marsad.Text;

namespace Marsad.Time;

/// <summary>
/// What a temporal expression means, as a function of the article's publication day.
/// "أمس" resolves to the day before; "الأربعاء 17 من شباط" to that date only in years where
/// it is a Wednesday (null otherwise); "الشهر الجاري" to the publication month. Returning null
/// means "this expression cannot hold if the article was published that day", which is how
/// expressions constrain the publication date.
/// </summary>
public abstract record TemporalValue
{
    /// <summary>Days the expression can denote when the article was published on <paramref name="publication"/>; null if impossible.</summary>
    public abstract DateInterval? Resolve(DateOnly publication);

    /// <summary>True when the value does not depend on the publication day (an explicit full date).</summary>
    public virtual bool IsAbsolute => false;

    /// <summary>Short machine-readable description, e.g. "day-1", "2019-12-11", "weekday:Wed+date:02-17".</summary>
    public abstract string Describe();
}

/// <summary>A temporal expression found in the text, with its original offsets.</summary>
public sealed record TemporalMention(int Start, int End, string Surface, TemporalValue Value, string Rule)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>Why the publication interval is what it is: one line per constraint, applied or not.</summary>
public sealed record DateEvidence(string Kind, string Text, TextSpan? Span, DateInterval? Allows, bool Applied, string Note)
{
    /// <summary>Whether the evidence is about the page's posting, the body's own day or the body's content.</summary>
    public EvidenceScope Scope { get; init; }
}

/// <summary>The publication date as a closed interval (null when nothing bounds it) with its evidence.</summary>
public sealed record PublicationEstimate(DateInterval? Interval, IReadOnlyList<DateEvidence> Evidence)
{
    public static PublicationEstimate Unknown { get; } = new(null, []);
}
