using System.Security.Cryptography;
using System.Text;
using Marsad.Actors;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Events;

/// <summary>What the merger needs of one article: its mentions and its candidate publication days.</summary>
public sealed record ArticleMentions(string ArticleId, IReadOnlyList<EventMention> Mentions, DaySet Publication);

/// <summary>The merged events and each article's narrowed publication days, with the reasons.</summary>
public sealed record MergeResult(
    IReadOnlyList<Event> Events,
    IReadOnlyDictionary<string, DaySet> Publication,
    IReadOnlyDictionary<string, IReadOnlyList<DateEvidence>> PublicationEvidence);

/// <summary>
/// Merges event mentions into events, first inside each article, then across articles.
/// Two reports are the same event when type agrees, modes and places do not conflict, their
/// country sets overlap, the named persons of each shared country overlap (Putin's meeting and
/// Lavrov's are two events), and their dates can coincide. Merging is complete-linkage (every pair
/// in an event must be compatible) and at most one report cluster per article joins an event.
/// Dates flow both ways: an event's days are the intersection of what its sources allow, and an
/// article that reports a dated event "today" or "yesterday" learns its own publication day from it.
/// Unambiguous merges go first so that the dates they settle can decide the ambiguous ones.
/// </summary>
public sealed class EventMerger(DateOnly asOf)
{
    private sealed class Unit(string articleId, List<EventMention> mentions)
    {
        public string ArticleId { get; } = articleId;
        public List<EventMention> Mentions { get; } = mentions;
        public string Type => Mentions[0].Type;
    }

    private sealed class Group(List<Unit> units)
    {
        public List<Unit> Units { get; } = units;
    }

    public MergeResult Merge(IReadOnlyList<ArticleMentions> articles)
    {
        _unitDays.Clear();
        var publication = articles.ToDictionary(a => a.ArticleId, a => a.Publication, StringComparer.Ordinal);
        var evidence = articles.ToDictionary(a => a.ArticleId, _ => new List<DateEvidence>(), StringComparer.Ordinal);

        var groups = new List<Group>();
        foreach (var article in articles)
        {
            var units = ClusterWithinArticle(article, publication, evidence[article.ArticleId]);
            groups.AddRange(units.Select(u => new Group([u])));
        }

        MergeAcrossArticles(groups, publication, evidence);

        var events = groups
            .Select(g => BuildEvent(g, publication))
            .OrderBy(e => e.When?.From ?? DateOnly.MaxValue)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();
        return new MergeResult(
            events,
            publication,
            evidence.ToDictionary(e => e.Key, e => (IReadOnlyList<DateEvidence>)e.Value, StringComparer.Ordinal));
    }

    // ---- inside one article --------------------------------------------------------------

    /// <summary>
    /// Clusters one article's mentions, then narrows its publication days by what each cluster's
    /// dates require; a narrower range can split clusters that were only possible before, so the
    /// two steps repeat until the days settle.
    /// </summary>
    private List<Unit> ClusterWithinArticle(ArticleMentions article, Dictionary<string, DaySet> publication, List<DateEvidence> evidence)
    {
        var days = publication[article.ArticleId];
        List<Unit> units = [];
        for (var round = 0; round < 3; round++)
        {
            units = FoldStatements(Cluster(article, days));
            var narrowed = NarrowByClusters(units, days, evidence);
            if (narrowed.Count == days.Count)
                break;
            days = narrowed;
        }
        publication[article.ArticleId] = days;
        return units;
    }

    private List<Unit> Cluster(ArticleMentions article, DaySet days)
    {
        var units = new List<Unit>();
        // Specific reports first: a summary naming several hosts ("بوتين ووزير خارجيته لافروف أجريا
        // محادثات مع ...") then joins one of the meetings they define instead of fusing them.
        foreach (var mention in article.Mentions.OrderBy(m => Persons([m]).Count).ThenBy(m => m.Sentence))
        {
            var best = units
                .Where(u => u.Mentions.All(m => Compatible(m, mention)) && MentionDates.Over(days, [.. u.Mentions, mention], asOf) is not null)
                .OrderByDescending(u => u.Mentions.Sum(m => SharedPersons(m, mention)))
                .ThenByDescending(u => u.Mentions.Any(m => m.Mode is not null && m.Mode == mention.Mode))
                .FirstOrDefault();
            if (best is null && mention.DateInherited)
            {
                // The narrative time of the previous sentence was only a guess: drop it and try again.
                var undated = mention with { WhenText = null, WhenSpan = null, When = null, DateInherited = false };
                best = units.FirstOrDefault(u => u.Mentions.All(m => Compatible(m, undated)) && MentionDates.Over(days, [.. u.Mentions, undated], asOf) is not null);
                if (best is not null)
                {
                    best.Mentions.Add(undated);
                    continue;
                }
            }
            if (best is null)
                units.Add(new Unit(article.ArticleId, [mention]));
            else
                best.Mentions.Add(mention);
        }
        return units;
    }

    /// <summary>Reports of one event in one article must agree on its day: that narrows publication.</summary>
    private DaySet NarrowByClusters(List<Unit> units, DaySet days, List<DateEvidence> evidence)
    {
        foreach (var unit in units.Where(u => u.Mentions.Count(m => m.When is not null) >= 2))
        {
            var narrowed = days.Where(p => MentionDates.Joint(unit.Mentions, p, asOf) is not null);
            if (narrowed.IsEmpty || narrowed.Count == days.Count)
                continue;
            days = narrowed;
            evidence.Add(new DateEvidence(
                "same-event",
                string.Join(" / ", unit.Mentions.Where(m => m.WhenText is not null).Select(m => m.WhenText).Distinct()),
                unit.Mentions.First(m => m.When is not null).WhenSpan,
                days.Hull,
                true,
                "these dates describe one event, so they must fall on the same day"));
        }
        return days;
    }

    /// <summary>
    /// Praise, thanks, agreement or condemnation voiced between the parties of a meeting in the same
    /// article are what was said at that meeting, not events of their own ("وأشاد المقداد بالإنجازات
    /// الروسية" inside the report of his call with Lavrov).
    /// </summary>
    private List<Unit> FoldStatements(List<Unit> units)
    {
        var meetings = units.Where(u => u.Type == "consult").ToArray();
        return units
            .Where(u => u.Type == "consult" || !meetings.Any(m => Countries(u.Mentions).IsSubsetOf(Countries(m.Mentions))))
            .ToList();
    }

    // ---- across articles -----------------------------------------------------------------

    /// <summary>
    /// Merges rounds of compatible pairs. A round merges every unambiguous pair (each group has that
    /// one partner only) when there are any, so the dates they settle reach the ambiguous ones before
    /// those are decided; otherwise it merges a best-first matching of the ambiguous pairs. Only groups
    /// of the same event type are compared.
    /// </summary>
    private void MergeAcrossArticles(List<Group> groups, Dictionary<string, DaySet> publication, Dictionary<string, List<DateEvidence>> evidence)
    {
        while (true)
        {
            var groupDays = groups.ToDictionary(g => g, g => GroupDays(g, publication));
            var pairs = new List<(Group A, Group B, double Score)>();
            foreach (var sameType in groups.GroupBy(g => g.Units[0].Type))
            {
                var members = sameType.ToArray();
                for (var i = 0; i < members.Length; i++)
                {
                    for (var j = i + 1; j < members.Length; j++)
                    {
                        var (a, b) = (members[i], members[j]);
                        if (GroupsCompatible(a, b, groupDays[a], groupDays[b]))
                            pairs.Add((a, b, Score(a, b, groupDays[a], groupDays[b])));
                    }
                }
            }
            if (pairs.Count == 0)
                return;
            var partners = pairs.SelectMany(p => new[] { p.A, p.B }).GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
            var unambiguous = pairs.Where(p => partners[p.A] == 1 && partners[p.B] == 1).ToList();
            var round = unambiguous.Count > 0 ? unambiguous : pairs.OrderByDescending(p => p.Score).ToList();
            var touched = new HashSet<Group>();
            foreach (var (a, b, _) in round)
            {
                if (touched.Contains(a) || touched.Contains(b))
                    continue;
                touched.Add(a);
                touched.Add(b);
                groups.Remove(b);
                a.Units.AddRange(b.Units);
                Propagate(a, publication, evidence);
            }
        }
    }

    /// <summary>Each article of a merged event must allow the event's days: narrow its publication days.</summary>
    private void Propagate(Group group, Dictionary<string, DaySet> publication, Dictionary<string, List<DateEvidence>> evidence)
    {
        foreach (var unit in group.Units)
        {
            var others = group.Units.Where(u => u != unit).Select(u => UnitDays(u, publication)).ToArray();
            if (others.Any(o => o is null))
                continue;
            var otherDays = others.Aggregate((DateInterval?)null, (acc, d) => acc is { } a ? a.Intersect(d!.Value) ?? a : d);
            if (otherDays is not { } target)
                continue;
            var days = publication[unit.ArticleId];
            var narrowed = days.Where(p => MentionDates.Joint(unit.Mentions, p, asOf) is { } d && d.Overlaps(target));
            if (narrowed.IsEmpty || narrowed.Count == days.Count)
                continue;
            publication[unit.ArticleId] = narrowed;
            var sources = string.Join(", ", group.Units.Where(u => u != unit).Select(u => u.ArticleId).Distinct());
            evidence[unit.ArticleId].Add(new DateEvidence(
                "reported-elsewhere",
                unit.Mentions.Select(m => m.WhenText).FirstOrDefault(w => w is not null) ?? unit.Mentions[0].TriggerText,
                unit.Mentions[0].WhenSpan ?? unit.Mentions[0].Trigger,
                narrowed.Hull,
                true,
                $"the same {unit.Type} event is dated {target} by {sources}"));
        }
    }

    // A unit's days change only when its article's candidate days do (DaySet is immutable and
    // replaced when narrowed), so rounds of merging reuse them instead of re-resolving every day.
    private readonly Dictionary<(Unit, DaySet), DateInterval?> _unitDays = [];

    private DateInterval? UnitDays(Unit unit, Dictionary<string, DaySet> publication)
    {
        var days = publication[unit.ArticleId];
        if (!_unitDays.TryGetValue((unit, days), out var result))
            _unitDays[(unit, days)] = result = MentionDates.Over(days, unit.Mentions, asOf);
        return result;
    }

    private DateInterval? GroupDays(Group group, Dictionary<string, DaySet> publication)
    {
        DateInterval? result = null;
        foreach (var unit in group.Units)
        {
            if (UnitDays(unit, publication) is not { } d)
                return null;
            result = result is { } r ? r.Intersect(d) : d;
            if (result is null)
                return null;
        }
        return result;
    }

    private static bool GroupsCompatible(Group a, Group b, DateInterval? aDays, DateInterval? bDays)
    {
        if (aDays is null || bDays is null || !aDays.Value.Overlaps(bDays.Value))
            return false;
        if (a.Units.Any(u => b.Units.Any(v => v.ArticleId == u.ArticleId)))
            return false;
        return a.Units.All(u => b.Units.All(v => u.Mentions.All(m => v.Mentions.All(n => Compatible(m, n)))))
            && CountryOverlap(a, b) >= 0.5;
    }

    private static double CountryOverlap(Group a, Group b)
    {
        var x = Countries(a.Units.SelectMany(u => u.Mentions));
        var y = Countries(b.Units.SelectMany(u => u.Mentions));
        var union = x.Union(y).Count();
        return union == 0 ? 0 : (double)x.Intersect(y).Count() / union;
    }

    private static double Score(Group a, Group b, DateInterval? aDays, DateInterval? bDays)
    {
        var ma = a.Units.SelectMany(u => u.Mentions).ToArray();
        var mb = b.Units.SelectMany(u => u.Mentions).ToArray();
        var score = 2.0 * Persons(ma).Intersect(Persons(mb)).Count();
        score += ma.Any(m => m.Mode is not null) && ma.Select(m => m.Mode).Intersect(mb.Select(m => m.Mode)).Any(m => m is not null) ? 1 : 0;
        score += PlaceNames(ma).Intersect(PlaceNames(mb)).Any() ? 1 : 0;
        score += CountryOverlap(a, b);
        if (aDays?.Intersect(bDays!.Value) is { } common)
            score += 1.0 / Math.Log(2 + common.Days);
        return score;
    }

    // ---- compatibility of two mentions ----------------------------------------------------

    private static bool Compatible(EventMention a, EventMention b)
    {
        if (a.Type != b.Type)
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
        // Who received whom identifies a visit: the host's persons must overlap (Putin's meeting with
        // the Syrian ministers is not Lavrov's). Without a known host, two reports whose persons differ
        // in every country they share are different meetings.
        var host = a.Where?.Country ?? b.Where?.Country;
        if (host is not null && ca.Contains(host) && cb.Contains(host))
            return !Disjoint(a, b, host);
        var shared = ca.Intersect(cb).Where(c => Persons([a], c).Count > 0 && Persons([b], c).Count > 0).ToArray();
        return shared.Length == 0 || !shared.All(c => Disjoint(a, b, c));
    }

    private static bool Disjoint(EventMention a, EventMention b, string country)
    {
        var pa = Persons([a], country);
        var pb = Persons([b], country);
        return pa.Count > 0 && pb.Count > 0 && !pa.Overlaps(pb);
    }

    private static bool PlacesCompatible(Place? a, Place? b)
    {
        if (a is null || b is null)
            return true;
        if (a.Country is not null && b.Country is not null && a.Country != b.Country)
            return false;
        return a.Name is null || b.Name is null || LooseKey(a.Name) == LooseKey(b.Name);
    }

    private static int SharedPersons(EventMention a, EventMention b) => Persons([a]).Intersect(Persons([b])).Count();

    private static HashSet<string> Countries(IEnumerable<EventMention> mentions) =>
        mentions.SelectMany(m => m.Participants).Select(p => p.Actor.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Persons(IEnumerable<EventMention> mentions, string? country = null) =>
        mentions.SelectMany(m => m.Participants)
            .Where(p => p.Actor.Kind == ActorKind.Person && (country is null || p.Actor.Country == country))
            .Select(PersonKey)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>A person is known by KB id, else by printed name, else (title only) by country and role.</summary>
    private static string? PersonKey(EventParticipant p) =>
        p.Actor.Id ?? (p.Actor.Name is { } n ? "name:" + LooseKey(n) : p.Actor.Role is { } r ? $"role:{p.Actor.Country}:{r}" : null);

    private static IEnumerable<string> PlaceNames(IEnumerable<EventMention> mentions) =>
        mentions.Select(m => m.Where?.Name).OfType<string>().Select(LooseKey);

    /// <summary>Spelling-tolerant key: normalised, clitic-free, final alef/ha folded (أستانا/أستانة).</summary>
    internal static string LooseKey(string name) =>
        string.Join(' ', ArabicNormalizer.Key(name)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(ArabicClitics.Bare)
            .Select(w => w.Length > 2 && w[^1] == 'ه' ? w[..^1] + "ا" : w)
            .Select(w => w.Replace('غ', 'ج')));

    // ---- building the event ----------------------------------------------------------------

    private Event BuildEvent(Group group, Dictionary<string, DaySet> publication)
    {
        var unitDays = group.Units.Select(u => UnitDays(u, publication)).ToArray();
        var when = GroupDays(group, publication)
            ?? unitDays.OfType<DateInterval>().Aggregate((DateInterval?)null, (acc, d) => acc is { } a ? a.Hull(d) : d);
        var mentions = group.Units
            .SelectMany(u => u.Mentions.Select(m => m with { Interval = MentionDates.Over(publication[u.ArticleId], [m], asOf) }))
            .OrderBy(m => m.ArticleId, StringComparer.Ordinal)
            .ThenBy(m => m.Sentence)
            .ToArray();
        var mode = mentions.Select(m => m.Mode).OfType<string>().GroupBy(m => m).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var cameo = mentions.Where(m => m.Mode == mode).Select(m => m.Cameo).OrderByDescending(c => c != "040").FirstOrDefault() ?? mentions[0].Cameo;
        var status = mentions.Any(m => m.Status == EventStatus.Occurred) ? EventStatus.Occurred
            : mentions.Any(m => m.Status == EventStatus.Planned) ? EventStatus.Planned : EventStatus.Denied;
        var where = mentions.Select(m => m.Where).OfType<Place>()
            .GroupBy(p => (p.Country, Name: p.Name is null ? null : LooseKey(p.Name)))
            .OrderByDescending(g => g.Key.Name is not null)
            .ThenByDescending(g => g.Count())
            .Select(g => g.First())
            .FirstOrDefault();
        var participants = MergeParticipants(SpecificParticipants(mentions, where?.Country));
        var topics = mentions.SelectMany(m => m.Topics).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var quotes = mentions.SelectMany(m => m.Quotes).DistinctBy(q => (q.ArticleId, q.Span)).ToArray();
        var id = EventId(mentions[0].Type, mode, participants, when, mentions[0]);
        return new Event(id, mentions[0].Type, mode, cameo, CameoTable.Default.Goldstein(cameo), status, when, where, participants, mentions, topics, quotes);
    }

    /// <summary>
    /// Participants of an event's reports. A report naming several persons of the host state (a
    /// summary of several meetings) adds only the host persons the other reports name.
    /// </summary>
    private static IEnumerable<EventParticipant> SpecificParticipants(IReadOnlyList<EventMention> mentions, string? host)
    {
        if (host is null || mentions.Count < 2)
            return mentions.SelectMany(m => m.Participants);
        bool IsSummary(EventMention m) => Persons([m], host).Count > 1;
        var named = mentions.Where(m => !IsSummary(m)).SelectMany(m => m.Participants).Select(PersonKey).OfType<string>().ToHashSet();
        if (named.Count == 0 || mentions.All(IsSummary))
            return mentions.SelectMany(m => m.Participants);
        return mentions.SelectMany(m => m.Participants.Where(p =>
            !IsSummary(m) || p.Actor.Country != host || p.Actor.Kind != ActorKind.Person || named.Contains(PersonKey(p) ?? "")));
    }

    /// <summary>One entry per actor; a country drops out when a person speaks for it.</summary>
    private static IReadOnlyList<EventParticipant> MergeParticipants(IEnumerable<EventParticipant> all)
    {
        var byKey = new Dictionary<string, EventParticipant>(StringComparer.Ordinal);
        foreach (var p in all)
        {
            var key = PersonKey(p) ?? p.Actor.Key;
            if (!byKey.TryGetValue(key, out var existing) || (existing.Actor.Name is null && p.Actor.Name is not null))
                byKey[key] = p;
        }
        var personCountries = byKey.Values.Where(p => p.Actor.Kind == ActorKind.Person).Select(p => p.Actor.Country).ToHashSet();
        return byKey.Values
            .Where(p => p.Actor.Kind == ActorKind.Person || !personCountries.Contains(p.Actor.Country))
            .OrderBy(p => p.Side)
            .ThenBy(p => p.Actor.Country, StringComparer.Ordinal)
            .ThenBy(p => p.Actor.Name, StringComparer.Ordinal)
            .ToArray();
    }

    private static string EventId(string type, string? mode, IReadOnlyList<EventParticipant> participants, DateInterval? when, EventMention first)
    {
        var key = string.Join('|', type, mode, string.Join(',', participants.Select(p => p.Actor.Country).Distinct().Order(StringComparer.Ordinal)),
            when?.ToString(), first.ArticleId, first.Sentence, first.Trigger.Start);
        return "ev-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10];
    }
}
