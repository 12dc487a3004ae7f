using Marsad.Time;

namespace Marsad.Events;

/// <summary>A visit and a meeting its visitor holds in the city visited: the meeting is held during the visit.</summary>
/// <param name="Visit">The visit's date as printed.</param>
/// <param name="Meeting">The meeting's date as printed.</param>
internal sealed record VisitOccasionClue(string Visit, string Meeting) : DateClue;

/// <summary>
/// "يصل الرئيس إلى أنقرة في 8 مايو" beside "ويعقد الرئيس في أنقرة قمة مع نظيره الأسبوع المقبل": a
/// meeting a visitor holds in the city of his visit, told with the same status in the same article, is held while
/// he is there, so the two dates meet. They stay two events (a visit is not each of its meetings); only the
/// article's publication days that would keep them apart are ruled out.
/// </summary>
internal static class VisitOccasions
{
    /// <summary>The (visit, meeting) pairs of an article's units, each dated by the text.</summary>
    public static IEnumerable<(MergeUnit Visit, MergeUnit Meeting)> Pairs(IReadOnlyList<MergeUnit> units, MergeCompatibility compatibility)
    {
        foreach (var visit in units.Where(u => u.Mentions.Any(m => m.Mode == EventMode.Visit) && IsDated(u)))
        {
            var status = visit.Mentions[0].Status;
            if (visit.Mentions.Any(m => m.Status != status))
                continue;
            var cities = compatibility.PlaceNames(visit.Mentions.Where(m => m.Mode == EventMode.Visit)).ToHashSet(StringComparer.Ordinal);
            var visitors = compatibility.Persons(visit.Mentions);
            foreach (var meeting in units)
            {
                if (meeting != visit && IsDated(meeting) && compatibility.IsMeeting(meeting.Type)
                    && meeting.Mentions.All(m => m.Mode != EventMode.Visit && m.Status == status)
                    && compatibility.PlaceNames(meeting.Mentions).Any(cities.Contains)
                    && compatibility.Persons(meeting.Mentions).Overlaps(visitors))
                    yield return (visit, meeting);
            }
        }
    }

    /// <summary>The dated reports of both: what must meet.</summary>
    public static IReadOnlyList<EventMention> Dated(MergeUnit visit, MergeUnit meeting) =>
        [.. visit.Mentions.Where(m => m.When is not null), .. meeting.Mentions.Where(m => m.When is not null)];

    public static VisitOccasionClue Clue(MergeUnit visit, MergeUnit meeting) =>
        new(visit.Mentions.First(m => m.When is not null).WhenText ?? "", meeting.Mentions.First(m => m.When is not null).WhenText ?? "");

    private static bool IsDated(MergeUnit unit) => unit.Mentions.Any(m => m.When is not null);
}
