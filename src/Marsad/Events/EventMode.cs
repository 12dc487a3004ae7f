using System.Text.Json.Serialization;
using Marsad.Data;

namespace Marsad.Events;

/// <summary>
/// How a consultation took place (a PLOVER mode): the four modes of Data/events/modes.tsv, spelled
/// as there ("third-party"). An event with no mode has none (null).
/// </summary>
[JsonConverter(typeof(ClosedNameConverter<EventMode>))]
public readonly record struct EventMode : IClosedName<EventMode>
{
    private EventMode(string name) => Name = name;

    /// <summary>The PLOVER name ("phone", "third-party").</summary>
    public string Name { get; }

    /// <summary>A telephone call (CAMEO 041): it happens nowhere.</summary>
    public static EventMode Phone { get; } = new("phone");

    /// <summary>A meeting in the country of one of the two parties (CAMEO 042/043).</summary>
    public static EventMode Visit { get; } = new("visit");

    /// <summary>A meeting of three or more states (CAMEO 046).</summary>
    public static EventMode Multilateral { get; } = new("multilateral");

    /// <summary>A meeting of two states in a third country (CAMEO 044).</summary>
    public static EventMode ThirdParty { get; } = new("third-party");

    /// <summary>Every mode.</summary>
    public static IReadOnlyList<EventMode> All { get; } = [Phone, Visit, Multilateral, ThirdParty];

    /// <summary>The mode of that name; a <see cref="FormatException"/> for any other.</summary>
    public static EventMode Parse(string name) => ClosedName.Parse<EventMode>(name, "event mode");

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
