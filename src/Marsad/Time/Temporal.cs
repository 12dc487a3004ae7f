using Marsad.Evidence;
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

    /// <summary>True when <see cref="Resolve"/> gives the same days whatever the publication day.</summary>
    public virtual bool ReadsAlikeEveryDay => IsAbsolute;

    /// <summary>Short machine-readable description, e.g. "day-1", "2019-12-11", "weekday:Wed+date:02-17".</summary>
    public abstract string Describe();
}

/// <summary>A temporal expression found in the text, with its original offsets.</summary>
/// <param name="Start">Where it starts in the article text.</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="Surface">The expression as printed.</param>
/// <param name="Value">What it means, as a function of the publication day.</param>
/// <param name="Rule">The construction of the temporal grammar that read it, with the table rows it used.</param>
public sealed record TemporalMention(int Start, int End, string Surface, TemporalValue Value, string Rule)
{
    /// <summary>The expression's offsets as a span.</summary>
    public TextSpan Span => new(Start, End);
}

/// <summary>
/// Why the publication interval is what it is: one line per constraint, applied or not. The rule
/// (<see cref="Kind"/>) and its inputs (<see cref="Clue"/>) are the evidence; <see cref="Text"/> and
/// <see cref="Note"/> are how the exports print it.
/// </summary>
/// <param name="Kind">The rule the evidence comes from.</param>
/// <param name="Clue">What the rule read.</param>
/// <param name="Span">Where the text says it, when it does.</param>
/// <param name="Allows">The days this evidence alone allows (narrowed by stronger evidence when applied); null when none.</param>
/// <param name="Applied">False when the evidence was ignored: impossible, or contradicting stronger evidence.</param>
public sealed record DateEvidence(DateEvidenceKind Kind, DateClue Clue, TextSpan? Span, DateInterval? Allows, bool Applied)
{
    /// <summary>What the evidence was read from, as the exports print it ("أمس", "لافروف (foreign_minister RUS, 2004-03-09..2026-12-01)").</summary>
    public string Text => EvidenceMessages.Text(Clue);

    /// <summary>Why it was ignored, or how it narrowed the day ("contradicts stronger evidence; ignored"); empty for a plain applied constraint.</summary>
    public string Note => EvidenceMessages.Note(this);

    /// <summary>Evidence as a store or an exchange file gives it back: kind, text and note only.</summary>
    public static DateEvidence Recorded(DateEvidenceKind kind, string text, TextSpan? span, DateInterval? allows, bool applied, string note) =>
        new(kind, new RecordedClue(text, note), span, allows, applied);

    /// <summary>Whether the evidence is about the page's posting, the body's own day or the body's content.</summary>
    public EvidenceScope Scope { get; init; }
}

/// <summary>The publication date as a closed interval (null when nothing bounds it) with its evidence.</summary>
/// <param name="Interval">The days the article may have been published on; null when nothing bounds them.</param>
/// <param name="Evidence">Every constraint met, applied or not, most trusted first.</param>
public sealed record PublicationEstimate(DateInterval? Interval, IReadOnlyList<DateEvidence> Evidence)
{
    /// <summary>Nothing known.</summary>
    public static PublicationEstimate Unknown { get; } = new(null, []);
}
