using Marsad.Data;

namespace Marsad.Events;

/// <summary>How a report with no mode of its own gets one (Data/events/modes.tsv, column inferred).</summary>
internal enum ModeInference
{
    /// <summary>Only a trigger or a cue gives the mode.</summary>
    Given,

    /// <summary>Three or more states take part.</summary>
    ThreeStates,

    /// <summary>Two states, and the event took place in the country of one of them.</summary>
    PartyCountry,

    /// <summary>Two states, and the event took place in a third country.</summary>
    OtherCountry,
}

/// <summary>One row of Data/events/modes.tsv: a mode of an event type and the CAMEO code it gives.</summary>
internal sealed record ModeRule(EventType Type, EventMode? Mode, string Cameo, ModeInference Inferred, bool ReplacesAnyCode, bool HasPlace);

/// <summary>
/// The modes of the event types (Data/events/modes.tsv): the code each gives, how a report whose
/// trigger gives no mode infers one from its parties and place, and which modes have no place.
/// </summary>
internal sealed class ModeTable
{
    private readonly IReadOnlyList<ModeRule> _rules;

    private ModeTable(IReadOnlyList<ModeRule> rules) => _rules = rules;

    public IReadOnlyList<ModeRule> Rules => _rules;

    public static ModeTable Parse(IReadOnlyList<TsvRow> rows) => new(rows.Select(ParseRule).ToArray());

    private static ModeRule ParseRule(TsvRow row) => new(
        row.Closed<EventType>("type"),
        row.OptionalClosed<EventMode>("mode"),
        row.Required("cameo"),
        row.Required("inferred") switch
        {
            "given" => ModeInference.Given,
            "three-states" => ModeInference.ThreeStates,
            "party-country" => ModeInference.PartyCountry,
            "other-country" => ModeInference.OtherCountry,
            var i => throw new FormatException($"{row.Source}:{row.Line}: unknown inference '{i}'"),
        },
        row["replaces"] switch
        {
            null => false,
            "generic" => false,
            "any" => true,
            var r => throw new FormatException($"{row.Source}:{row.Line}: unknown replaces '{r}'"),
        },
        row["place"] switch
        {
            null => true,
            "no" => false,
            var p => throw new FormatException($"{row.Source}:{row.Line}: unknown place '{p}'"),
        });

    /// <summary>True when a code is the generic code of a type (no mode given or inferred).</summary>
    public bool IsGeneric(string cameo) => _rules.Any(r => r.Mode is null && r.Cameo == cameo);

    /// <summary>False for a mode whose events happen nowhere (a phone call).</summary>
    public bool HasPlace(EventMode? mode) => mode is null || _rules.All(r => r.Mode != mode || r.HasPlace);

    /// <summary>
    /// The mode and code of a report of <paramref name="type"/> that gives no mode: several states =
    /// multilateral; two, in one party's country = visit; two, elsewhere = third-party; otherwise none
    /// (and the trigger's code stays).
    /// </summary>
    public (EventMode? Mode, string Cameo) Infer(EventType type, IReadOnlyCollection<string> countries, Place? where, string cameo)
    {
        foreach (var rule in _rules.Where(r => r.Type == type && r.Mode is not null))
        {
            if (!Applies(rule.Inferred, countries, where))
                continue;
            var replaced = rule.ReplacesAnyCode || IsGeneric(cameo);
            return (rule.Mode, replaced ? rule.Cameo : cameo);
        }
        return (null, cameo);
    }

    private static bool Applies(ModeInference inferred, IReadOnlyCollection<string> countries, Place? where) => inferred switch
    {
        ModeInference.ThreeStates => countries.Count >= 3,
        ModeInference.PartyCountry => where?.Country is { } place && countries.Count == 2 && countries.Contains(place),
        ModeInference.OtherCountry => where?.Country is { } place && countries.Count == 2 && !countries.Contains(place),
        _ => false,
    };
}
