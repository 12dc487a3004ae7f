using Marsad.Actors;
using Marsad.Clean;
using Marsad.Text;

namespace Marsad.Time;

/// <summary>
/// A piece of evidence about the publication day: a predicate over candidate days, with the text
/// it came from. Higher <see cref="Priority"/> is applied first; a constraint that would leave no
/// candidate is skipped and reported as contradicted.
/// </summary>
public sealed record PublicationConstraint(string Kind, string Text, TextSpan? Span, Func<DateOnly, bool> Allows, int Priority);

/// <summary>The publication estimate together with the candidate days behind it.</summary>
public sealed record PublicationSolution(PublicationEstimate Estimate, DaySet Candidates);

/// <summary>Infers an article's publication interval from metadata and textual evidence.</summary>
public static class PublicationDater
{
    /// <summary>Constraints an article gives about its own publication day.</summary>
    // STUB: metadata only; replaced by the time stage.
    public static IReadOnlyList<PublicationConstraint> Constraints(
        Article article, TextLayer text, IReadOnlyList<TemporalMention> times, IReadOnlyList<ActorMention> actors, DateOnly asOf)
    {
        _ = text;
        _ = times;
        _ = actors;
        _ = asOf;
        if (article.PublishedMetadata is not { } meta)
            return [];
        return [new PublicationConstraint("metadata", meta.ToString(), null, meta.Contains, 100)];
    }

    /// <summary>Applies constraints, most trusted first, to the days [earliest, asOf].</summary>
    public static PublicationSolution Solve(IEnumerable<PublicationConstraint> constraints, DateOnly earliest, DateOnly asOf)
    {
        var candidates = DaySet.Range(earliest, asOf);
        var evidence = new List<DateEvidence>();
        foreach (var c in constraints.OrderByDescending(c => c.Priority))
        {
            var next = candidates.Where(c.Allows);
            var applied = !next.IsEmpty;
            if (applied)
                candidates = next;
            evidence.Add(new DateEvidence(c.Kind, c.Text, c.Span, next.Hull, applied, applied ? "" : "contradicts stronger evidence; ignored"));
        }
        var interval = candidates.Hull;
        var bounded = evidence.Any(e => e.Applied);
        return new PublicationSolution(new PublicationEstimate(bounded ? interval : null, evidence), candidates);
    }
}
