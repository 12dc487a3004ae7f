using Marsad.Actors;

namespace Marsad.Events;

/// <summary>
/// When two reports can be the same event: type agrees, modes and places do not conflict, their
/// country sets overlap by half, and the named persons of the countries they share overlap (Putin's
/// meeting and Lavrov's are two events). Names compare through <see cref="SpellingFolds"/>.
/// </summary>
internal sealed class MergeCompatibility(SpellingFolds spellings, EventTypeTable types)
{
    public bool Compatible(EventMention a, EventMention b)
    {
        if (a.Type != b.Type || !SameAct(a, b))
            return false;
        if (a.Mode is not null && b.Mode is not null && a.Mode != b.Mode)
            return false;
        if (!PlacesCompatible(a.Where, b.Where))
            return false;
        var ca = Countries([a]);
        var cb = Countries([b]);
        // The same event has (mostly) the same states: at least half of them in common.
        if (ca.Intersect(cb).Count() * 2 < ca.Union(cb).Count())
            return false;
        // A meeting of two states and a multilateral one are two meetings: the bilateral held on the
        // sidelines of a round or a summit ("سبق ذلك لقاء بين وزيري خارجية سوريا وإيران، قبيل انطلاق اجتماع رباعي").
        if (IsMultilateral(a, ca) && cb.Count == 2 || IsMultilateral(b, cb) && ca.Count == 2)
            return false;
        // Who received whom identifies a visit: the host's persons must overlap (Putin's meeting with
        // the Syrian ministers is not Lavrov's). Without a known host, two reports whose persons differ
        // in every country they share are different meetings.
        var host = a.Where?.Country ?? b.Where?.Country;
        if (host is not null && ca.Contains(host) && cb.Contains(host))
            return !Disjoint(a, b, host);
        var shared = ca.Intersect(cb).Where(c => Identified(Persons([a], c)).Count > 0 && Identified(Persons([b], c)).Count > 0).ToArray();
        return shared.Length == 0 || !shared.All(c => Disjoint(a, b, c));
    }

    /// <summary>
    /// Beyond meetings (whose reports code one event with several codes, by mode), two reports are one
    /// act only with the same base code (recalling an ambassador and expelling one are two sanctions) and,
    /// when both name who acts, a common actor (an expulsion and the expulsion answering it are two).
    /// </summary>
    private bool SameAct(EventMention a, EventMention b)
    {
        if (types.AbsorbsStatements(a.Type))
            return true;
        if (CameoTable.BaseCode(a.Cameo) != CameoTable.BaseCode(b.Cameo) || a.Act is not null && b.Act is not null && a.Act != b.Act)
            return false;
        var sa = Sources(a);
        var sb = Sources(b);
        return sa.Count == 0 || sb.Count == 0 || sa.Overlaps(sb);
    }

    private static HashSet<string> Sources(EventMention m) =>
        m.Participants.Where(p => p.Side == ParticipantSide.Source).Select(p => p.Actor.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// True when both reports name persons of the country and none in common. A title without a
    /// name or a known holder ("رئيس وزراء قطر" in a headline) names no one in particular: it differs from no one.
    /// </summary>
    private bool Disjoint(EventMention a, EventMention b, string country)
    {
        var pa = Identified(Persons([a], country));
        var pb = Identified(Persons([b], country));
        return pa.Count > 0 && pb.Count > 0 && !pa.Overlaps(pb);
    }

    private static HashSet<string> Identified(HashSet<string> keys)
    {
        keys.RemoveWhere(k => k.StartsWith(RoleKey, StringComparison.Ordinal));
        return keys;
    }

    private static bool IsMultilateral(EventMention m, HashSet<string> countries) => m.Mode == EventMode.Multilateral && countries.Count >= 3;

    private bool PlacesCompatible(Place? a, Place? b)
    {
        if (a is null || b is null)
            return true;
        if (a.Country is not null && b.Country is not null && a.Country != b.Country)
            return false;
        return a.Name is null || b.Name is null || LooseKey(a.Name) == LooseKey(b.Name);
    }

    /// <summary>Whether the type is a meeting (Data/events/types.tsv absorbs_statements).</summary>
    public bool IsMeeting(EventType type) => types.AbsorbsStatements(type);

    public int SharedPersons(EventMention a, EventMention b) => Persons([a]).Intersect(Persons([b])).Count();

    public static HashSet<string> Countries(IEnumerable<EventMention> mentions) =>
        mentions.SelectMany(m => m.Participants).Select(p => p.Actor.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);

    public HashSet<string> Persons(IEnumerable<EventMention> mentions, string? country = null) =>
        mentions.SelectMany(m => m.Participants)
            .Where(p => p.Actor.Kind == ActorKind.Person && (country is null || p.Actor.Country == country))
            .Select(PersonKey)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>A person is known by KB id, else by printed name, else (title only) by country and role.</summary>
    public string? PersonKey(EventParticipant p) =>
        p.Actor.Id ?? (p.Actor.Name is { } n ? "name:" + LooseKey(n) : p.Actor.Role is { } r ? $"{RoleKey}{p.Actor.Country}:{r}" : null);

    private const string RoleKey = "role:";

    public IEnumerable<string> PlaceNames(IEnumerable<EventMention> mentions) =>
        mentions.Select(m => m.Where?.Name).OfType<string>().Select(LooseKey);

    /// <summary>Spelling-tolerant key of a name (أستانة/أستانا).</summary>
    public string LooseKey(string name) => spellings.LooseKey(name);
}
