using Marsad.Data;

namespace Marsad.Events;

/// <summary>
/// What the stages do with an act beyond its type (Data/events/acts.tsv), by CAMEO code prefix: whether
/// it is an utterance dated by the statement reporting it, whether it stays an event of its own inside
/// a meeting report, and which act an envoy frame reads as when the envoy is the actor's own.
/// </summary>
internal sealed class ActTable
{
    private sealed record Act(string Prefix, bool Said, bool OwnInMeeting, string? OwnEnvoy, bool Authored, bool Victim);

    private readonly IReadOnlyList<Act> _acts;

    private ActTable(IReadOnlyList<Act> acts) => _acts = acts.OrderByDescending(a => a.Prefix.Length).ToArray();

    /// <summary>The table of the rows of Data/events/acts.tsv.</summary>
    public static ActTable Parse(IReadOnlyList<TsvRow> rows) => new(rows.Select(r => new Act(
        r.Required("cameo"),
        Flag(r, "said", "yes"),
        Flag(r, "meeting", "own"),
        r["own_envoy"],
        Flag(r, "authored", "yes"),
        Flag(r, "victim", "yes"))).ToArray());

    private static bool Flag(TsvRow row, string column, string yes) => row[column] switch
    {
        null => false,
        var v when v == yes => true,
        var v => throw new FormatException($"{row.Source}:{row.Line}: {column} is '{yes}' or empty, not '{v}'"),
    };

    private Act? Of(string cameo) => _acts.FirstOrDefault(a => cameo.StartsWith(a.Prefix, StringComparison.Ordinal));

    /// <summary>True for an utterance: the statement reporting it dates it.</summary>
    public bool IsSaid(string cameo) => Of(cameo)?.Said ?? false;

    /// <summary>True for a deed that stays an event of its own inside a meeting report (a signing, a sanction).</summary>
    public bool IsOwnEventInMeeting(string cameo) => Of(cameo)?.OwnInMeeting ?? false;

    /// <summary>True when the act's target is the author of its object ("رفضت الخطة الأمريكية"), not whoever the object names.</summary>
    public bool IsAuthored(string cameo) => Of(cameo)?.Authored ?? false;

    /// <summary>True when a state named after what it suffers ("أمن لبنان") is the victim of the act, not its target.</summary>
    public bool NamesVictims(string cameo) => Of(cameo)?.Victim ?? false;

    /// <summary>The CAMEO code an envoy frame reads as when the envoy is the actor's own (a recall).</summary>
    public string OwnEnvoyCode => _acts.Single(a => a.OwnEnvoy is not null).Prefix;

    /// <summary>The act an envoy frame reads as when the envoy is the actor's own ("recall").</summary>
    public string OwnEnvoyAct => _acts.Single(a => a.OwnEnvoy is not null).OwnEnvoy!;
}
