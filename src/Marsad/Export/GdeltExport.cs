using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Marsad.Actors;
using Marsad.Data;
using Marsad.Events;
using Marsad.Store;

namespace Marsad.Export;

/// <summary>
/// Rows in the column order of the GDELT 2.0 Events table (61 tab-separated columns, no header
/// unless asked) and of the GDELT 2.0 Mentions table (16 columns).
///
/// Which events are written: GDELT rows carry one day, so only events known to the day (an
/// interval of one day) are written; a vaguer date would be a day the texts do not give. Planned
/// meetings, calls and visits are written as 036 (express intent to meet or negotiate), not as the
/// meeting that has not happened (042, 043...); other planned events and denied events are left out.
/// With a header, a comment line says how many events this left out, then the column names follow.
///
/// What we fill differently from GDELT, and why:
/// - GlobalEventID: a stable 53-bit number hashed from our event id (GDELT numbers sequentially).
/// - Day/MonthYear/Year/FractionDate: the event's day (the event date, not the publication date).
///   FractionDate = year + day-of-year / days-in-year.
/// - Actor codes: CAMEO country code (ISO3) + role type from Data/export/actor-roles.tsv (SYRGOV);
///   an international organisation takes its CAMEO code of Data/actors/organizations.tsv (IGOUNO). Actor names are the Arabic names as printed.
/// - KnownGroup/Ethnic/Religion codes: empty; the knowledge base does not record them.
/// - IsRootEvent: 1 when some mention is in the headline or the first two body sentences.
/// - NumMentions/NumSources/NumArticles: over the event's whole life (all stored articles), not
///   a 15-minute window. NumSources counts distinct outlets (articles without outlet count alone).
/// - AvgTone and MentionDocTone: 0; we do not compute tone.
/// - Geography: only ActionGeo (where the event took place). Country codes are FIPS 10-4 from
///   Data/export/fips.tsv (empty for a country not listed there); FullName is the Arabic place name;
///   ADM1/ADM2, latitude, longitude and FeatureID are empty: we do not geocode. Actor1Geo/Actor2Geo
///   (where each actor was mentioned) are type 0 and empty.
/// - DATEADDED: the analysis time (UTC, yyyyMMddHHmmss). SOURCEURL: the first source's URL, else its id.
/// - Mentions: MentionType 1 (web) always, MentionIdentifier is the URL or the document id;
///   Confidence and MentionDocLen are empty (not kept in the stored analysis); SentenceID is 1-based.
/// </summary>
internal static class GdeltExport
{
    public static readonly string[] EventColumns =
    [
        "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
        .. ActorColumns("Actor1"), .. ActorColumns("Actor2"),
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        .. GeoColumns("Actor1Geo"), .. GeoColumns("Actor2Geo"), .. GeoColumns("ActionGeo"),
        "DATEADDED", "SOURCEURL",
    ];

    public static readonly string[] MentionColumns =
    [
        "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
        "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
        "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
    ];

    private static string[] ActorColumns(string prefix) =>
    [
        prefix + "Code", prefix + "Name", prefix + "CountryCode", prefix + "KnownGroupCode", prefix + "EthnicCode",
        prefix + "Religion1Code", prefix + "Religion2Code", prefix + "Type1Code", prefix + "Type2Code", prefix + "Type3Code",
    ];

    private static string[] GeoColumns(string prefix) =>
    [
        prefix + "_Type", prefix + "_FullName", prefix + "_CountryCode", prefix + "_ADM1Code", prefix + "_ADM2Code",
        prefix + "_Lat", prefix + "_Long", prefix + "_FeatureID",
    ];

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Fips = new(() =>
        DataFiles.ReadTable("export/fips.tsv").ToDictionary(r => r.Required("iso3"), r => r.Required("fips"), StringComparer.Ordinal));

    private static readonly Lazy<IReadOnlyDictionary<ExchangeRole, string>> RoleTypes = new(() =>
        DataFiles.ReadTable("export/actor-roles.tsv").ToDictionary(r => r.Closed<ExchangeRole>("role"), r => r.Required("cameo_type")));

    /// <summary>FIPS 10-4 code of an ISO3 country, or null when the table does not list it.</summary>
    public static string? FipsCode(string? iso3) => iso3 is null ? null : Fips.Value.GetValueOrDefault(iso3);

    /// <summary>Stable positive id below 2^53 (safe in JavaScript and spreadsheets).</summary>
    public static long GlobalEventId(string eventId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(eventId));
        return (long)(BitConverter.ToUInt64(hash, 0) & 0x1F_FFFF_FFFF_FFFFUL);
    }

    /// <summary>The code a planned meeting, call or visit is written with: express intent to meet or negotiate.</summary>
    public const string PlannedMeetingCode = "036";

    /// <summary>True for the events a GDELT file holds: known to the day, and occurred or a planned meeting.</summary>
    public static bool Writes(Event e) =>
        e.When is { IsDay: true }
        && (e.Status == EventStatus.Occurred || (e.Status == EventStatus.Planned && CameoTable.RootCode(e.Cameo) == "04"));

    /// <summary>The CAMEO code an event is written with: its own, or <see cref="PlannedMeetingCode"/> for a planned meeting.</summary>
    public static string EventCode(Event e) => e.Status == EventStatus.Planned ? PlannedMeetingCode : e.Cameo;

    /// <summary>The comment line a header starts with: what was written and what was left out.</summary>
    public static string HeaderNote(int written, int total) =>
        $"# Marsad GDELT 2.0 export: {written} of {total} events. Only events known to the day are written (an interval of one day); " +
        $"planned meetings, calls and visits as CAMEO {PlannedMeetingCode} (express intent to meet or negotiate); other planned and denied events are left out.";

    /// <summary>The events of the query a GDELT file holds, in timeline order.</summary>
    private static IReadOnlyList<Event> Written(AnalysisSnapshot snapshot, TimelineQuery? query) =>
        (query ?? TimelineQuery.All).Apply(snapshot.Events).Where(Writes).ToArray();

    public static string WriteEvents(AnalysisSnapshot snapshot, TimelineQuery? query = null, bool header = false, CameoTable? cameo = null)
    {
        var text = new StringBuilder();
        if (header)
            text.Append(HeaderNote(Written(snapshot, query).Count, (query ?? TimelineQuery.All).Apply(snapshot.Events).Count)).Append('\n')
                .Append(string.Join('\t', EventColumns)).Append('\n');
        foreach (var row in EventRows(snapshot, query, cameo))
            text.Append(string.Join('\t', row)).Append('\n');
        return text.ToString();
    }

    public static string WriteMentions(AnalysisSnapshot snapshot, TimelineQuery? query = null, bool header = false)
    {
        var text = new StringBuilder();
        if (header)
            text.Append(HeaderNote(Written(snapshot, query).Count, (query ?? TimelineQuery.All).Apply(snapshot.Events).Count)).Append('\n')
                .Append(string.Join('\t', MentionColumns)).Append('\n');
        foreach (var row in MentionRows(snapshot, query))
            text.Append(string.Join('\t', row)).Append('\n');
        return text.ToString();
    }

    public static IEnumerable<string[]> EventRows(AnalysisSnapshot snapshot, TimelineQuery? query = null, CameoTable? cameo = null)
    {
        cameo ??= Pipeline.MarsadRules.Shipped.Cameo;
        var articles = snapshot.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var added = DateAdded(snapshot);
        var sources = new EventSources(snapshot.Articles);
        foreach (var e in Written(snapshot, query))
            yield return EventRow(e, articles, sources, added, cameo);
    }

    public static IEnumerable<string[]> MentionRows(AnalysisSnapshot snapshot, TimelineQuery? query = null)
    {
        var articles = snapshot.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var added = DateAdded(snapshot);
        foreach (var e in Written(snapshot, query))
        {
            var (actor1, actor2) = PickActors(e);
            foreach (var m in e.Mentions.Where(m => m.Sentence >= 0)
                         .OrderBy(m => m.ArticleId, StringComparer.Ordinal).ThenBy(m => m.Sentence))
            {
                var article = articles.GetValueOrDefault(m.ArticleId);
                yield return Clean(
                [
                    GlobalEventId(e.Id).ToString(CultureInfo.InvariantCulture),
                    added,
                    article?.Published is { } p ? p.From.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000" : "",
                    "1",
                    article?.Outlet ?? HostOf(article?.Url) ?? "",
                    article?.Url ?? m.ArticleId,
                    (m.Sentence + 1).ToString(CultureInfo.InvariantCulture),
                    ActorOffset(m, actor1),
                    ActorOffset(m, actor2),
                    m.Trigger.Length > 0 ? m.Trigger.Start.ToString(CultureInfo.InvariantCulture) : "-1",
                    "1",
                    "",
                    "",
                    "0",
                    "srclc:ara",
                    "",
                ]);
            }
        }
    }

    private static string[] EventRow(Event e, IReadOnlyDictionary<string, ArticleSummary> articles, EventSources reporters, string added, CameoTable cameo)
    {
        var inv = CultureInfo.InvariantCulture;
        var row = new List<string>(EventColumns.Length);
        var day = e.When?.From;
        row.Add(GlobalEventId(e.Id).ToString(inv));
        row.Add(day?.ToString("yyyyMMdd", inv) ?? "");
        row.Add(day?.ToString("yyyyMM", inv) ?? "");
        row.Add(day?.ToString("yyyy", inv) ?? "");
        row.Add(day is { } d ? (d.Year + (double)d.DayOfYear / (DateTime.IsLeapYear(d.Year) ? 366 : 365)).ToString("0.0000", inv) : "");

        var (actor1, actor2) = PickActors(e);
        row.AddRange(ActorFields(actor1));
        row.AddRange(ActorFields(actor2));

        var mentions = e.Mentions;
        var code = EventCode(e);
        row.Add(mentions.Any(m => m.Sentence is >= 0 and < 3) ? "1" : "0");
        row.Add(code);
        row.Add(CameoTable.BaseCode(code));
        row.Add(CameoTable.RootCode(code));
        var quad = cameo.QuadClass(code);
        row.Add(quad > 0 ? quad.ToString(inv) : "");
        row.Add((code == e.Cameo ? e.Goldstein : cameo.Goldstein(code)).ToString("0.0", inv));

        var sources = e.Sources;
        var outlets = reporters.Count(e);
        row.Add(Math.Max(mentions.Count, sources.Count).ToString(inv));
        row.Add(outlets.ToString(inv));
        row.Add(sources.Count.ToString(inv));
        row.Add("0");

        row.AddRange(EmptyGeo());
        row.AddRange(EmptyGeo());
        row.AddRange(ActionGeo(e.Where));

        row.Add(added);
        var first = sources.Count > 0 ? sources[0] : null;
        row.Add(first is null ? "" : articles.GetValueOrDefault(first)?.Url ?? first);
        return Clean(row.ToArray());
    }

    /// <summary>
    /// Actor1 acts, Actor2 is acted upon: sources first, then joint participants, then targets; the
    /// second actor is the first other participant from a different country (GDELT actors are states
    /// and their organs, so two ministers of one state make one actor).
    /// </summary>
    public static (EventParticipant? Actor1, EventParticipant? Actor2) PickActors(Event e)
    {
        var ordered = e.Participants
            .OrderBy(p => p.Side switch { ParticipantSide.Source => 0, ParticipantSide.Joint => 1, _ => 2 })
            .ToArray();
        if (ordered.Length == 0)
            return (null, null);
        var actor1 = ordered[0];
        var rest = ordered.Skip(1)
            .OrderBy(p => p.Side switch { ParticipantSide.Target => 0, ParticipantSide.Joint => 1, _ => 2 });
        var actor2 = rest.FirstOrDefault(p => p.Actor.Country is null || actor1.Actor.Country is null
                                                ? p.Actor.Key != actor1.Actor.Key
                                                : p.Actor.Country != actor1.Actor.Country);
        return (actor1, actor2);
    }

    /// <summary>
    /// The CAMEO code of an international organisation of Data/actors/organizations.tsv (IGOUNO, IGOARL);
    /// null for other actors and for national bodies, which stand for their state.
    /// </summary>
    public static string? OrganizationCode(ActorRef actor) =>
        actor.Kind == ActorKind.Organization && actor.Country is null && actor.Id is { } id ? KnowledgeBase.Default.FindOrganization(id)?.Code : null;

    /// <summary>CAMEO actor code: country code plus role type (SYRGOV), the country alone, an organisation's code, or empty.</summary>
    public static string ActorCode(ActorRef actor)
    {
        if (OrganizationCode(actor) is { } code)
            return code;
        var country = actor.Country ?? "";
        var type = actor.Kind == ActorKind.Person && actor.ExchangeRole is { } role ? RoleTypes.Value.GetValueOrDefault(role) : null;
        return country + (country.Length > 0 ? type ?? "" : "");
    }

    private static string[] ActorFields(EventParticipant? participant)
    {
        if (participant is null)
            return new string[10];
        var actor = participant.Actor;
        var type = actor.Kind == ActorKind.Person && actor.ExchangeRole is { } role ? RoleTypes.Value.GetValueOrDefault(role) : null;
        return
        [
            ActorCode(actor),
            actor.Name ?? actor.Country ?? "",
            actor.Country ?? "",
            "", "", "", "",
            type ?? "",
            "", "",
        ];
    }

    private static string[] EmptyGeo() => ["0", "", "", "", "", "", "", ""];

    private static string[] ActionGeo(Place? where)
    {
        if (where is null || (where.Country is null && where.Name is null))
            return EmptyGeo();
        var fips = FipsCode(where.Country) ?? "";
        // GDELT geo types: 1 country, 3 US city, 4 world city.
        var type = where.Name is null ? "1" : where.Country == "USA" ? "3" : "4";
        return
        [
            type,
            where.Name ?? where.Country ?? "",
            fips,
            where.Name is null ? fips : "",
            "", "", "", "",
        ];
    }

    private static string ActorOffset(EventMention m, EventParticipant? actor)
    {
        if (actor is null)
            return "-1";
        var found = m.Participants.FirstOrDefault(p => p.Actor.Key == actor.Actor.Key);
        return found is not null && found.Evidence.Length > 0 ? found.Evidence.Start.ToString(CultureInfo.InvariantCulture) : "-1";
    }

    private static string DateAdded(AnalysisSnapshot snapshot) =>
        snapshot.AnalyzedAt.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    private static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : null;

    /// <summary>Tabs and line breaks inside a value would break the row; they become spaces.</summary>
    private static string[] Clean(string[] row)
    {
        for (var i = 0; i < row.Length; i++)
        {
            var value = row[i] ?? "";
            if (value.AsSpan().IndexOfAny("\t\r\n") >= 0)
                value = value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
            row[i] = value;
        }
        return row;
    }
}
