using Marsad.Events;
using Marsad.Time;

namespace Marsad.Export;

/// <summary>How often two countries appear together in events, and over which span of time.</summary>
internal sealed record PairSummary(CountryPair Pair, int Count, DateInterval? Span, IReadOnlyList<string> EventIds);

internal static class PairStats
{
    /// <summary>Every unordered pair of distinct participant countries of each event.</summary>
    public static IEnumerable<CountryPair> PairsOf(Event e)
    {
        var countries = e.Countries;
        for (var i = 0; i < countries.Count; i++)
        {
            for (var j = i + 1; j < countries.Count; j++)
                yield return new CountryPair(countries[i], countries[j]);
        }
    }

    /// <summary>Pairs by descending count, then by name.</summary>
    public static IReadOnlyList<PairSummary> Summarize(IEnumerable<Event> events) =>
        TimelineQuery.Chronological(events)
            .SelectMany(e => PairsOf(e).Select(p => (Pair: p, Event: e)))
            .GroupBy(x => x.Pair)
            .Select(g => new PairSummary(
                g.Key,
                g.Count(),
                g.Select(x => x.Event.When).OfType<DateInterval>().Aggregate((DateInterval?)null, (acc, w) => acc is { } a ? a.Hull(w) : w),
                g.Select(x => x.Event.Id).ToArray()))
            .OrderByDescending(s => s.Count)
            .ThenBy(s => s.Pair.ToString(), StringComparer.Ordinal)
            .ToArray();
}
