using Marsad.Events;
using Marsad.Geo;

namespace Marsad.Export;

/// <summary>One mark of the map: a place and the events that happened there.</summary>
/// <param name="Id">The mark's id on the page ("m0").</param>
/// <param name="Place">Where it is.</param>
/// <param name="Approximate">True when none of its events names a place, only the state (drawn at the capital).</param>
/// <param name="Events">Its events, in timeline order.</param>
internal sealed record MapMark(string Id, GeoPlace Place, bool Approximate, IReadOnlyList<Event> Events);

/// <summary>The events of the page grouped by where they happened, and those the map cannot place.</summary>
internal sealed class MapMarks
{
    private readonly Dictionary<string, MapMark> byEvent;

    private MapMarks(IReadOnlyList<MapMark> marks, IReadOnlyList<Event> unplaced)
    {
        Marks = marks;
        Unplaced = unplaced;
        byEvent = marks.SelectMany(m => m.Events.Select(e => (e.Id, m))).ToDictionary(x => x.Id, x => x.m, StringComparer.Ordinal);
    }

    /// <summary>The marks, the place with the most events first.</summary>
    public IReadOnlyList<MapMark> Marks { get; }

    /// <summary>Events without a place, or whose place has no coordinates.</summary>
    public IReadOnlyList<Event> Unplaced { get; }

    /// <summary>The mark an event is drawn in, or null.</summary>
    public MapMark? MarkOf(string eventId) => byEvent.GetValueOrDefault(eventId);

    /// <summary>Locates each event (<see cref="Gazetteer.Locate"/>) and groups them by place.</summary>
    public static MapMarks Of(IReadOnlyList<Event> events, Gazetteer gazetteer)
    {
        var located = new List<(Event Event, GeoPlace Place, bool Approximate)>();
        var unplaced = new List<Event>();
        foreach (var e in events)
        {
            if (gazetteer.Locate(e.Where, out var approximate) is { } place)
                located.Add((e, place, approximate));
            else
                unplaced.Add(e);
        }
        var marks = located.GroupBy(x => x.Place)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Name, StringComparer.Ordinal)
            .Select((g, i) => new MapMark($"m{i}", g.Key, g.All(x => x.Approximate), g.Select(x => x.Event).ToArray()))
            .ToArray();
        return new MapMarks(marks, unplaced);
    }
}
