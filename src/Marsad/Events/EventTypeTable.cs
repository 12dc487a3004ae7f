using Marsad.Data;

namespace Marsad.Events;

/// <summary>The PLOVER event types and what the merger does with each (Data/events/types.tsv).</summary>
internal sealed class EventTypeTable
{
    private readonly HashSet<EventType> _types;
    private readonly HashSet<EventType> _absorbing;
    private readonly HashSet<EventType> _actPlaces;

    private EventTypeTable(IReadOnlyList<TsvRow> rows)
    {
        _types = rows.Select(r => r.Closed<EventType>("type")).ToHashSet();
        _absorbing = Flagged(rows, "absorbs_statements");
        _actPlaces = Flagged(rows, "act_place");
    }

    private static HashSet<EventType> Flagged(IReadOnlyList<TsvRow> rows, string column) =>
        rows.Where(r => r[column] switch
            {
                null => false,
                "yes" => true,
                var v => throw new FormatException($"{r.Source}:{r.Line}: {column} is 'yes' or empty, not '{v}'"),
            })
            .Select(r => r.Closed<EventType>("type"))
            .ToHashSet();

    public static EventTypeTable Parse(IReadOnlyList<TsvRow> rows) => new(rows);

    public IReadOnlyCollection<EventType> Types => _types;

    /// <summary>True for a meeting: what its parties say of one another in the same article was said at it.</summary>
    public bool AbsorbsStatements(EventType type) => _absorbing.Contains(type);

    /// <summary>True for a joint or directed act done somewhere ("وقع الوزيران اتفاقا في جدة"): its frame reads a place.</summary>
    public bool ReadsActPlace(EventType type) => _actPlaces.Contains(type);
}
