namespace Marsad.Time;

/// <summary>
/// What a piece of publication evidence is about. A page prints the day it was posted (metadata,
/// page dates); the body speaks from the day it was written ("اليوم الخميس", a dateline: the
/// body's own day; roles, anchors and past dates: what it could know). The two days are usually
/// one, but a story can be posted a few days after it was written (republished copies, late
/// updates, time zones).
/// </summary>
public enum EvidenceScope
{
    /// <summary>The body's content: bounds the day of writing.</summary>
    Body,

    /// <summary>What the body says of its own day: "اليوم الخميس", a dateline.</summary>
    Today,

    /// <summary>What the page says of its posting: metadata, printed page dates.</summary>
    Page,

    /// <summary>A page date that may be a site's date-of-today: a pin dropped first when the body disagrees.</summary>
    PagePrinted,
}

/// <summary>
/// Solves the publication day from its evidence. Page evidence gives the posting days; body
/// evidence the writing days, which lie at most <see cref="MaxLag"/> days before posting. The lag
/// is zero unless the body's own day disagrees with the page (or the text credits another source,
/// <paramref name="republished"/>); when even that lag cannot reconcile them, bare printed page
/// dates become upper bounds. Within each scope the most trusted evidence goes first and evidence
/// that would leave no day is reported and ignored.
/// </summary>
internal sealed class PublicationSolver(DateOnly earliest, DateOnly asOf, bool republished)
{
    /// <summary>How many days after writing a story may be posted (republished copies, late updates).</summary>
    public const int MaxLag = 3;

    public PublicationSolution Solve(IReadOnlyList<PublicationConstraint> constraints)
    {
        var all = DaySet.Range(earliest, asOf);
        var page = constraints.Where(c => c.Scope is EvidenceScope.Page or EvidenceScope.PagePrinted).OrderByDescending(c => c.Priority).ToArray();
        var body = constraints.Where(c => c.Scope is EvidenceScope.Body or EvidenceScope.Today).OrderByDescending(c => c.Priority).ToArray();
        Attempt? best = null;
        foreach (var keepPrinted in new[] { true, false })
        {
            var pageSteps = Apply(all, page.Select(c => keepPrinted || c.Scope != EvidenceScope.PagePrinted ? c : AsUpperBound(c)));
            foreach (var lag in republished ? new[] { MaxLag } : new[] { 0, MaxLag })
            {
                var attempt = new Attempt(pageSteps, lag, Apply(Earlier(pageSteps.Days, lag), body));
                best ??= attempt;
                if (attempt.TodayAgrees)
                    return attempt.ToSolution(earliest, asOf);
                best = attempt;
            }
        }
        return best!.ToSolution(earliest, asOf);
    }

    /// <summary>A printed page date read as the site's date of reading: published on or before it.</summary>
    private static PublicationConstraint AsUpperBound(PublicationConstraint c) =>
        c.Latest is not { } latest ? c : (c with
        {
            Kind = DateEvidenceKind.PageDateLater,
            Clue = c.Clue is PageDateClue clue ? clue with { Later = true } : c.Clue,
        }).AllowingOnly(new DateInterval(DateOnly.MinValue, latest));

    /// <summary>The writing days compatible with posting on one of <paramref name="posting"/> after at most <paramref name="lag"/> days.</summary>
    private static DaySet Earlier(DaySet posting, int lag) => lag == 0 ? posting : posting.ExtendEarlier(lag);

    private sealed record Steps(DaySet Days, IReadOnlyList<DateEvidence> Evidence);

    private Steps Apply(DaySet start, IEnumerable<PublicationConstraint> constraints)
    {
        var candidates = start;
        var evidence = new List<DateEvidence>();
        foreach (var c in constraints)
        {
            var next = c.Range is { } range ? candidates.Intersect(range) : candidates.Where(c.Allows);
            var applied = !next.IsEmpty;
            if (applied)
                candidates = next;
            var alone = applied ? next.Hull : c.Range is { } r ? new DateInterval(earliest, asOf).Intersect(r) : DaySet.Range(earliest, asOf).Where(c.Allows).Hull;
            // The note (ignored as impossible, or as contradicted) follows from applied and alone.
            evidence.Add(new DateEvidence(c.Kind, c.Clue, c.Span, alone, applied) { Scope = c.Scope });
        }
        return new Steps(candidates, evidence);
    }

    private sealed record Attempt(Steps Page, int Lag, Steps Body)
    {
        public bool TodayAgrees => Body.Evidence.All(e => e.Scope != EvidenceScope.Today || e.Applied);

        public PublicationSolution ToSolution(DateOnly earliest, DateOnly asOf)
        {
            var evidence = Page.Evidence.Concat(Body.Evidence).ToList();
            var lag = Lag > 0 && Page.Evidence.Any(e => e.Applied) ? Lag : 0;
            if (lag > 0)
                evidence.Add(new DateEvidence(DateEvidenceKind.WritingLag, new WritingLagClue(lag), null, null, true));
            var pagePinned = Page.Evidence.Any(e => e.Applied);
            return new PublicationSolution(new PublicationEstimate(Posting(Body.Days, pagePinned ? Page.Days : null, lag), evidence), Body.Days)
            {
                PostingDays = pagePinned ? Page.Days : null,
                Lag = lag,
            };
        }
    }

    /// <summary>The posting interval: the page's days no earlier than writing and within the lag after it.</summary>
    internal static DateInterval? Posting(DaySet writing, DaySet? page, int lag)
    {
        if (writing.Hull is not { } w)
            return null;
        if (page is null)
            return w;
        return page.Intersect(new DateInterval(w.From, w.To.AddDays(lag))).Hull ?? w;
    }
}
