using Marsad.Events;
using Marsad.Store;

namespace Marsad.Export;

/// <summary>
/// Which outlets reported an event, and which did not although they covered its countries then: the
/// outlets that reported another event of one of its country pairs in one of its calendar months.
/// </summary>
/// <param name="Event">The event.</param>
/// <param name="Reported">Its outlets, in the order of its sources.</param>
/// <param name="Missed">Outlets that covered one of its pairs in one of its months but not this event, by name.</param>
/// <param name="Months">The calendar months its date touches ("2021-02"); empty when it is undated or vaguer than a month.</param>
internal sealed record EventCoverage(Event Event, IReadOnlyList<string> Reported, IReadOnlyList<string> Missed, IReadOnlyList<string> Months);

/// <summary>
/// The coverage (blindspot) view: for each event its outlets and the store's outlets that covered the
/// same pair in the same month without reporting it. An event's months are the calendar months its
/// interval touches when the interval is at most 31 days (month precision or better); a vaguer event
/// neither counts as coverage nor gets blindspots, since no month can be named for it. Articles of
/// unknown outlet are nobody's coverage.
/// </summary>
internal static class Coverage
{
    /// <summary>Longest interval, in days, that still names the months it happened in.</summary>
    public const int MaxDays = 31;

    /// <summary>One row per event, in the order given.</summary>
    public static IReadOnlyList<EventCoverage> Of(IReadOnlyList<Event> events, IEnumerable<ArticleSummary> articles)
    {
        var sources = new EventSources(articles);
        var covered = new Dictionary<(CountryPair Pair, string Month), HashSet<string>>();
        foreach (var e in events)
        {
            foreach (var key in Keys(e))
            {
                if (!covered.TryGetValue(key, out var outlets))
                    covered[key] = outlets = new HashSet<string>(StringComparer.Ordinal);
                outlets.UnionWith(sources.Outlets(e));
            }
        }
        return events.Select(e =>
        {
            var reported = sources.Outlets(e);
            var missed = Keys(e).SelectMany(k => covered[k]).Except(reported, StringComparer.Ordinal)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            return new EventCoverage(e, reported, missed, Months(e));
        }).ToArray();
    }

    /// <summary>Each outlet with how many of the events it reported and how many it missed (blindspots), most reports first.</summary>
    public static IReadOnlyList<(string Outlet, int Reported, int Missed)> ByOutlet(IEnumerable<EventCoverage> rows)
    {
        var list = rows.ToArray();
        return list.SelectMany(r => r.Reported).Concat(list.SelectMany(r => r.Missed)).Distinct(StringComparer.Ordinal)
            .Select(o => (Outlet: o, Reported: list.Count(r => r.Reported.Contains(o)), Missed: list.Count(r => r.Missed.Contains(o))))
            .OrderByDescending(x => x.Reported).ThenBy(x => x.Missed).ThenBy(x => x.Outlet, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>"2021-02": the calendar months an interval of at most <see cref="MaxDays"/> days touches.</summary>
    public static IReadOnlyList<string> Months(Event e)
    {
        if (e.When is not { } when || when.Days > MaxDays)
            return [];
        var months = new List<string>();
        for (var d = new DateOnly(when.From.Year, when.From.Month, 1); d <= when.To; d = d.AddMonths(1))
            months.Add(d.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        return months;
    }

    private static IEnumerable<(CountryPair, string)> Keys(Event e) =>
        PairStats.PairsOf(e).SelectMany(p => Months(e).Select(m => (p, m)));
}
