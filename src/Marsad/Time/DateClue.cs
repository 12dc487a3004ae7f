using Marsad.Actors;

namespace Marsad.Time;

/// <summary>
/// What a piece of publication evidence was read from: the inputs its rule saw, kept so that the
/// evidence can be queried ("which anchor bounded this article?"). <see cref="DateEvidence.Text"/>
/// renders it (Evidence/EvidenceMessages.cs, the one formatter of evidence).
/// </summary>
public abstract record DateClue;

/// <summary>The publication date of the source's metadata.</summary>
/// <param name="Published">The days the metadata allows.</param>
internal sealed record MetadataClue(DateInterval Published) : DateClue;

/// <summary>A temporal expression of the text (a dateline, a weekday or current month to check, a past date).</summary>
/// <param name="Surface">The expression as printed.</param>
internal sealed record PhraseClue(string Surface) : DateClue;

/// <summary>A person named in an office, and the term of that office in the knowledge base.</summary>
/// <param name="Surface">The mention as printed.</param>
/// <param name="Term">The term the text attests.</param>
/// <param name="AsOf">The day that closes a term still running.</param>
internal sealed record RoleTermClue(string Surface, RoleSpan Term, DateOnly AsOf) : DateClue
{
    /// <summary>The days of the term as far as its dates are confirmed, or null when it starts after <see cref="AsOf"/>.</summary>
    public DateInterval? Days => Term.Bounds(AsOf);
}

/// <summary>A world-event anchor the text names (Data/time/anchors.tsv).</summary>
/// <param name="Surface">The anchor phrase as printed.</param>
/// <param name="AnchorId">The anchor's row id.</param>
/// <param name="Bound">The days it allows, as the table gives them (">= 2023-05-07").</param>
/// <param name="Note">The anchor's note.</param>
internal sealed record AnchorClue(string Surface, string AnchorId, string Bound, string Note) : DateClue;

/// <summary>An expression of the article and the date another article gives the event it dates.</summary>
/// <param name="Value">The article's own expression ("اليوم").</param>
/// <param name="EventDate">The days the other article gives.</param>
internal sealed record EventDateClue(TemporalValue Value, DateInterval EventDate) : DateClue;

/// <summary>Evidence read back from a store or an exchange file: only its text survives.</summary>
/// <param name="Text">The text as it was rendered.</param>
/// <param name="Note">The note as it was rendered.</param>
internal sealed record RecordedClue(string Text, string Note) : DateClue;

/// <summary>Dates a page prints about itself, of one kind.</summary>
/// <param name="Surfaces">The dates as printed.</param>
/// <param name="Cue">What says their kind (the label, the clock time, the Hijri equivalent...).</param>
/// <param name="Disagree">True when the page's dates of that kind name different days.</param>
/// <param name="Later">True when a printed date was read as the day the page was seen (the body disagreed).</param>
internal sealed record PageDateClue(IReadOnlyList<string> Surfaces, string Cue, bool Disagree, bool Later = false) : DateClue;

/// <summary>A line crediting the text to another source.</summary>
/// <param name="Line">The line as printed.</param>
internal sealed record CreditClue(string Line) : DateClue;

/// <summary>How many days the body may have been written before the page was posted.</summary>
/// <param name="Days">The lag allowed.</param>
internal sealed record WritingLagClue(int Days) : DateClue;
