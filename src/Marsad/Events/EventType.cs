using System.Text.Json.Serialization;
using Marsad.Data;

namespace Marsad.Events;

/// <summary>
/// A PLOVER event type, spelled in lower case ("consult"). The set is closed: these sixteen, the
/// rows of Data/events/types.tsv; a data file naming another is a load error.
/// </summary>
[JsonConverter(typeof(ClosedNameConverter<EventType>))]
public readonly record struct EventType : IClosedName<EventType>
{
    private EventType(string name) => Name = name;

    /// <summary>The PLOVER name, lower case ("consult").</summary>
    public string Name { get; }

    /// <summary>Meetings, calls and visits: CAMEO 04.</summary>
    public static EventType Consult { get; } = new("consult");

    /// <summary>Agreements signed or reached.</summary>
    public static EventType Agree { get; } = new("agree");

    /// <summary>Verbal support, praise, endorsement.</summary>
    public static EventType Support { get; } = new("support");

    /// <summary>Material or diplomatic cooperation.</summary>
    public static EventType Cooperate { get; } = new("cooperate");

    /// <summary>Aid given or sent.</summary>
    public static EventType Aid { get; } = new("aid");

    /// <summary>Requests and appeals.</summary>
    public static EventType Request { get; } = new("request");

    /// <summary>Accusations, condemnation, criticism.</summary>
    public static EventType Accuse { get; } = new("accuse");

    /// <summary>Rejections and refusals.</summary>
    public static EventType Reject { get; } = new("reject");

    /// <summary>Threats.</summary>
    public static EventType Threaten { get; } = new("threaten");

    /// <summary>Protests and demonstrations.</summary>
    public static EventType Protest { get; } = new("protest");

    /// <summary>Sanctions, expulsions, broken relations.</summary>
    public static EventType Sanction { get; } = new("sanction");

    /// <summary>Troop and police mobilisation.</summary>
    public static EventType Mobilize { get; } = new("mobilize");

    /// <summary>Coercion: arrests, bans, seizures.</summary>
    public static EventType Coerce { get; } = new("coerce");

    /// <summary>Armed attacks.</summary>
    public static EventType Assault { get; } = new("assault");

    /// <summary>Withdrawals, ceasefires, releases.</summary>
    public static EventType Retreat { get; } = new("retreat");

    /// <summary>Concessions.</summary>
    public static EventType Concede { get; } = new("concede");

    /// <summary>Every PLOVER type, in the order of PLOVER's list.</summary>
    public static IReadOnlyList<EventType> All { get; } =
        [Consult, Agree, Support, Cooperate, Aid, Request, Accuse, Reject, Threaten, Protest, Sanction, Mobilize, Coerce, Assault, Retreat, Concede];

    /// <summary>The type of that name; a <see cref="FormatException"/> for any other.</summary>
    public static EventType Parse(string name) => ClosedName.Parse<EventType>(name, "event type");

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
