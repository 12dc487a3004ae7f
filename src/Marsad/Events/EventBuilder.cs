using System.Security.Cryptography;
using System.Text;
using Marsad.Actors;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Events;

/// <summary>
/// Writes a merged group of reports as one event: its days are what all its articles allow, its
/// mode the most reported one (with a specific code over the generic one), its status the most
/// certain, its place the most precise, its participants one per actor.
/// </summary>
internal sealed class EventBuilder(MergeCompatibility compatibility, ModeTable modes, CameoTable cameoTable)
{
    public Event Build(MergeGroup group, MergeState state, Func<IReadOnlySet<string>> personsElsewhere)
    {
        var unitDays = group.Units.Select(u => state.UnitDays(u, DateReading.Report)).ToArray();
        var when = state.GroupDays(group, DateReading.Report)
            ?? unitDays.OfType<DateInterval>().Aggregate((DateInterval?)null, (acc, d) => acc is { } a ? a.Hull(d) : d);
        var mentions = group.Units
            .SelectMany(u => u.Mentions.Select(m => m with { Interval = MentionDates.Claimed(state.Publication[u.ArticleId], [m], state.AsOf) }))
            .OrderBy(m => m.ArticleId, StringComparer.Ordinal)
            .ThenBy(m => m.Sentence)
            .ToArray();
        var mode = mentions.Select(m => m.Mode).OfType<EventMode>().GroupBy(m => m).OrderByDescending(g => g.Count()).Select(g => (EventMode?)g.Key).FirstOrDefault();
        var cameo = mentions.Where(m => m.Mode == mode).Select(m => m.Cameo).OrderByDescending(c => !modes.IsGeneric(c)).FirstOrDefault() ?? mentions[0].Cameo;
        var status = mentions.Any(m => m.Status == EventStatus.Occurred) ? EventStatus.Occurred
            : mentions.Any(m => m.Status == EventStatus.Planned) ? EventStatus.Planned : EventStatus.Denied;
        var where = mentions.Select(m => m.Where).OfType<Place>()
            .GroupBy(p => (p.Country, Name: p.Name is null ? null : compatibility.LooseKey(p.Name)))
            .OrderByDescending(g => g.Key.Name is not null)
            .ThenByDescending(g => g.Count())
            .Select(g => g.First())
            .FirstOrDefault();
        var participants = MergeParticipants(SpecificParticipants(mentions, where?.Country, personsElsewhere));
        var topics = mentions.SelectMany(m => m.Topics).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var quotes = mentions.SelectMany(m => m.Quotes).DistinctBy(q => (q.ArticleId, q.Span)).ToArray();
        var id = EventId(mentions[0].Type, mode, participants, when, mentions[0]);
        return new Event(id, mentions[0].Type, mode, cameo, cameoTable.Goldstein(cameo), status, when, where, participants, mentions, topics, quotes);
    }

    /// <summary>
    /// Participants of an event's reports. A report naming several persons of the host state may sum up
    /// several meetings ("بوتين ووزير خارجيته لافروف أجريا محادثات مع ..."): it adds a host person the other
    /// reports do not name only when no other event of its articles names that person, that is when the
    /// person had no meeting of their own ("بايدن ووزير خارجيته بلينكن" received the guest together).
    /// </summary>
    private IEnumerable<(EventMention Mention, EventParticipant Participant)> SpecificParticipants(IReadOnlyList<EventMention> mentions, string? host, Func<IReadOnlySet<string>> personsElsewhere)
    {
        if (host is null || mentions.Count < 2)
            return All(mentions);
        bool IsSummary(EventMention m) => compatibility.Persons([m], host).Count > 1;
        var named = mentions.Where(m => !IsSummary(m)).SelectMany(m => m.Participants).Select(compatibility.PersonKey).OfType<string>().ToHashSet();
        if (named.Count == 0 || mentions.All(IsSummary))
            return All(mentions);
        var elsewhere = new Lazy<IReadOnlySet<string>>(personsElsewhere);
        return mentions.SelectMany(m => m.Participants.Where(p =>
            !IsSummary(m) || p.Actor.Country != host || p.Actor.Kind != ActorKind.Person
            || compatibility.PersonKey(p) is not { } key || named.Contains(key) || !elsewhere.Value.Contains(key)).Select(p => (m, p)));
    }

    private static IEnumerable<(EventMention, EventParticipant)> All(IEnumerable<EventMention> mentions) =>
        mentions.SelectMany(m => m.Participants.Select(p => (m, p)));

    /// <summary>
    /// One entry per actor; a country drops out when a person speaks for it. A person's name is the one a
    /// report printed ("الرئيس دونالد ترمب") rather than the base's form given to a title alone ("الرئيس الأميركي").
    /// </summary>
    private IReadOnlyList<EventParticipant> MergeParticipants(IEnumerable<(EventMention Mention, EventParticipant Participant)> all)
    {
        var byKey = new Dictionary<string, (EventParticipant Participant, bool Printed)>(StringComparer.Ordinal);
        foreach (var (mention, p) in all)
        {
            var key = compatibility.PersonKey(p) ?? p.Actor.Key;
            var printed = NamePrinted(mention, p);
            if (!byKey.TryGetValue(key, out var existing) || (existing.Participant.Actor.Name is null && p.Actor.Name is not null)
                || (!existing.Printed && printed))
                byKey[key] = (p, printed);
        }
        return WithoutCountriesSpokenFor(byKey.Values.Select(v => v.Participant));
    }

    /// <summary>Whether the words that name the participant in its report print its name (its last word).</summary>
    private static bool NamePrinted(EventMention mention, EventParticipant p)
    {
        if (p.Actor.Name is not { } name || name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is not [.., var last])
            return false;
        var start = p.Evidence.Start - mention.Evidence.Start;
        if (start < 0 || start + p.Evidence.Length > mention.EvidenceText.Length)
            return false;
        var words = ArabicNormalizer.Key(mention.EvidenceText.Substring(start, p.Evidence.Length)).Split(' ');
        return words.Contains(ArabicNormalizer.Key(last));
    }

    /// <summary>The participants less each country one of its persons speaks for, in side, country and name order.</summary>
    private static IReadOnlyList<EventParticipant> WithoutCountriesSpokenFor(IEnumerable<EventParticipant> byKey)
    {
        var participants = byKey.ToArray();
        var personCountries = participants.Where(p => p.Actor.Kind == ActorKind.Person).Select(p => p.Actor.Country).ToHashSet();
        return participants
            .Where(p => p.Actor.Kind == ActorKind.Person || !personCountries.Contains(p.Actor.Country))
            .OrderBy(p => p.Side)
            .ThenBy(p => p.Actor.Country, StringComparer.Ordinal)
            .ThenBy(p => p.Actor.Name, StringComparer.Ordinal)
            .ToArray();
    }

    private static string EventId(EventType type, EventMode? mode, IReadOnlyList<EventParticipant> participants, DateInterval? when, EventMention first)
    {
        var key = string.Join('|', type.Name, mode?.Name, string.Join(',', participants.Select(p => p.Actor.Country).Distinct().Order(StringComparer.Ordinal)),
            when?.ToString(), first.ArticleId, first.Sentence, first.Trigger.Start);
        return "ev-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10];
    }
}
