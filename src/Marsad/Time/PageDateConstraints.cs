using Marsad.Text;

namespace Marsad.Time;

/// <summary>
/// What the dates a page prints about itself say about the publication day. A published label, a
/// date stamped with a clock time, or a date alone in the page's head pins the day; an update
/// label, a site's date-of-today widget or a capture time bound it from above only (the page
/// existed then). A bare printed date may itself be a site's date of reading: the solver drops it
/// to an upper bound when the body's own day disagrees (<see cref="EvidenceScope.PagePrinted"/>).
/// Dates of one kind that disagree allow each of their days: the evidence conflicts, so no day is
/// picked.
/// </summary>
internal static class PageDateConstraints
{
    public static IEnumerable<PublicationConstraint> Of(IReadOnlyList<PageDate> pageDates)
    {
        foreach (var kind in pageDates.Select(d => d.Kind).Distinct())
        {
            var dates = pageDates.Where(d => d.Kind == kind).ToArray();
            var latest = dates.Max(d => d.Day.To);
            if (dates[0].IsUpperBound)
            {
                var bound = dates.Min(d => d.Day.To);
                yield return PublicationConstraint.Within(Name(kind), Describe(dates), dates[0].Mention.Span, new DateInterval(DateOnly.MinValue, bound), Priority(kind)) with
                {
                    Scope = EvidenceScope.Page,
                    PageMentions = dates.Select(d => d.Mention).ToArray(),
                };
                continue;
            }
            var days = dates.Select(d => d.Day).ToArray();
            var constraint = new PublicationConstraint(Name(kind), Describe(dates), dates[0].Mention.Span, p => days.Any(d => d.Contains(p)), Priority(kind))
            {
                Scope = kind == PageDateKind.Printed ? EvidenceScope.PagePrinted : EvidenceScope.Page,
                Latest = latest,
                PageMentions = dates.Select(d => d.Mention).ToArray(),
            };
            yield return days.Length == 1 ? constraint.AllowingOnly(days[0]) : constraint;
        }
    }

    private static PageDateClue Describe(IReadOnlyList<PageDate> dates) =>
        new(dates.Select(d => d.Mention.Surface).Distinct().ToArray(), dates[0].Cue, dates.Select(d => d.Day).Distinct().Count() > 1);

    private static DateEvidenceKind Name(PageDateKind kind) => kind switch
    {
        PageDateKind.Published => DateEvidenceKind.PagePublished,
        PageDateKind.Stamp => DateEvidenceKind.PageStamp,
        PageDateKind.Printed => DateEvidenceKind.PageDate,
        PageDateKind.Updated => DateEvidenceKind.PageUpdated,
        PageDateKind.Widget => DateEvidenceKind.PageWidget,
        _ => DateEvidenceKind.PageCrawl,
    };

    private static int Priority(PageDateKind kind) => kind switch
    {
        PageDateKind.Published => PublicationDater.Priorities.PagePublished,
        PageDateKind.Stamp => PublicationDater.Priorities.PageStamp,
        PageDateKind.Printed => PublicationDater.Priorities.PagePrinted,
        _ => PublicationDater.Priorities.PageUpperBound,
    };
}
