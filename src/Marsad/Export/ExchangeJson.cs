using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Marsad.Actors;
using Marsad.Events;
using Marsad.Store;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Export;

/// <summary>
/// Writes and reads the exchange JSON (the format the scorer reads). Output is UTF-8 with Arabic
/// left readable, indented, and deterministic: articles by id, events by date then id.
/// </summary>
public static class ExchangeJson
{
    /// <summary>Snake-case names, readable Arabic, indented: how exchange files are written and read.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: true);

    /// <summary>As <see cref="Options"/>, on one line (the REST API).</summary>
    public static JsonSerializerOptions CompactOptions { get; } = CreateOptions(indented: false);

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = indented,
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            // Arabic, quotes and '<' stay as they are: the files are for people and Python, not for inline HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>The exchange file of a snapshot.</summary>
    public static string Write(AnalysisSnapshot snapshot) => Serialize(ToDocument(snapshot));

    /// <summary>Writes the exchange file of a snapshot to <paramref name="writer"/>.</summary>
    public static void Write(AnalysisSnapshot snapshot, TextWriter writer) => writer.Write(Write(snapshot));

    /// <summary>An exchange document as JSON text, '\n' line ends and a final newline.</summary>
    public static string Serialize(ExchangeDocument document) =>
        JsonSerializer.Serialize(document, Options).ReplaceLineEndings("\n") + "\n";

    /// <summary>An exchange document from JSON text (comments and trailing commas allowed).</summary>
    public static ExchangeDocument Read(string json) =>
        JsonSerializer.Deserialize<ExchangeDocument>(json, Options) ?? new ExchangeDocument();

    /// <summary>An exchange document from a UTF-8 stream.</summary>
    public static ExchangeDocument Read(Stream stream) =>
        JsonSerializer.Deserialize<ExchangeDocument>(stream, Options) ?? new ExchangeDocument();

    /// <summary>An exchange document from a file.</summary>
    public static ExchangeDocument ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    /// <summary>Reads an exchange file (ours or a gold file) back as a snapshot, for reports and views.</summary>
    public static AnalysisSnapshot ReadSnapshot(string json) => ToSnapshot(Read(json));

    /// <summary>The exchange document of a snapshot: articles by id, events by date then id.</summary>
    public static ExchangeDocument ToDocument(AnalysisSnapshot snapshot)
    {
        var cameo = Pipeline.MarsadRules.Shipped.Cameo;
        return new ExchangeDocument
        {
            Generator = "marsad",
            AnalyzedAt = snapshot.AnalyzedAt,
            Articles = snapshot.Articles.OrderBy(a => a.Id, StringComparer.Ordinal).Select(ToExchange).ToArray(),
            Events = TimelineQuery.Chronological(snapshot.Events).Select(e => ToExchange(e, cameo)).ToArray(),
        };
    }

    /// <summary>An article summary as the exchange format writes it.</summary>
    public static ExchangeArticle ToExchange(ArticleSummary article) => new()
    {
        File = article.Id,
        Outlet = article.Outlet,
        Published = ToExchange(article.Published),
        Url = article.Url,
        Headline = article.Headline,
        PublishedEvidence = article.PublishedEvidence
            .Select(d => new ExchangeDateEvidence(d.Kind.Name, d.Text, ToExchange(d.Allows), d.Applied, d.Note))
            .ToArray(),
    };

    /// <summary>An event as the exchange format writes it, with the name and class of its CAMEO code.</summary>
    public static ExchangeEvent ToExchange(Event e) => ToExchange(e, Pipeline.MarsadRules.Shipped.Cameo);

    private static ExchangeEvent ToExchange(Event e, CameoTable cameo)
    {
        var entry = cameo.Find(e.Cameo);
        return new ExchangeEvent
        {
            Id = e.Id,
            Type = e.Type.Name,
            Mode = e.Mode?.Name,
            Cameo = e.Cameo,
            CameoName = entry?.Name,
            Goldstein = e.Goldstein,
            QuadClass = entry?.QuadClass,
            Status = StatusName(e.Status),
            When = ToExchange(e.When),
            DatePrecision = DatePrecisions.Of(e.When) is { } precision ? DatePrecisions.Name(precision) : null,
            Where = ToExchange(e.Where),
            Participants = e.Participants.Select(ToExchange).ToArray(),
            Sources = e.Sources,
            // Mentions with a negative sentence only carry a source (read from a file without mentions).
            Mentions = e.Mentions.Where(m => m.Sentence >= 0).Select(ToExchange).ToArray(),
            Topics = e.Topics,
            Quotes = e.Quotes.Select(ToExchange).ToArray(),
        };
    }

    /// <summary>How the exchange format spells a status.</summary>
    internal static string StatusName(EventStatus status) => status switch
    {
        EventStatus.Planned => "planned",
        EventStatus.Denied => "denied",
        _ => "occurred",
    };

    /// <summary>A status as the exchange format spells it (any case); occurred when missing or unknown.</summary>
    internal static EventStatus ParseStatus(string? status) => status?.ToLowerInvariant() switch
    {
        "planned" => EventStatus.Planned,
        "denied" => EventStatus.Denied,
        _ => EventStatus.Occurred,
    };

    /// <summary>How the exchange format spells a side.</summary>
    internal static string SideName(ParticipantSide side) => side switch
    {
        ParticipantSide.Source => "source",
        ParticipantSide.Target => "target",
        _ => "joint",
    };

    private static ParticipantSide ParseSide(string? side) => side?.ToLowerInvariant() switch
    {
        "source" => ParticipantSide.Source,
        "target" => ParticipantSide.Target,
        _ => ParticipantSide.Joint,
    };

    private static ExchangeInterval? ToExchange(DateInterval? interval) =>
        interval is { } i ? new ExchangeInterval(i.From, i.To) : null;

    private static ExchangeWhere? ToExchange(Place? place) =>
        place is null || (place.Country is null && place.Name is null) ? null : new ExchangeWhere(place.Country, place.Name);

    private static ExchangeParticipant ToExchange(EventParticipant p) => new()
    {
        Country = p.Actor.Country,
        Role = p.Actor.Role,
        Name = p.Actor.Name,
        Side = SideName(p.Side),
        Kind = p.Actor.Kind.ToString().ToLowerInvariant(),
        ActorId = p.Actor.Id,
        Code = GdeltExport.OrganizationCode(p.Actor),
    };

    private static ExchangeMention ToExchange(EventMention m) => new()
    {
        Article = m.ArticleId,
        Sentence = m.Sentence,
        Evidence = m.EvidenceText,
        Trigger = m.TriggerText,
        WhenText = m.WhenText,
        When = ToExchange(m.Interval),
        Type = m.Type.Name,
        Mode = m.Mode?.Name,
        Status = StatusName(m.Status),
        Where = ToExchange(m.Where),
        EvidenceSpan = [m.Evidence.Start, m.Evidence.End],
        TriggerSpan = [m.Trigger.Start, m.Trigger.End],
    };

    private static ExchangeQuote ToExchange(Quote q) => new()
    {
        Speaker = q.Speaker?.Name,
        Text = q.Text,
        Article = q.ArticleId,
        SpeakerCountry = q.Speaker?.Country,
        Cue = q.Cue,
        Span = [q.Span.Start, q.Span.End],
    };

    // ---- reading back -------------------------------------------------------------------------

    /// <summary>
    /// Rebuilds a snapshot from an exchange document. What the format does not carry (participant
    /// evidence spans, per-mention participants) comes back empty; sources without a mention get a
    /// source-only mention (sentence -1) so <see cref="Event.Sources"/> keeps them.
    /// </summary>
    public static AnalysisSnapshot ToSnapshot(ExchangeDocument document)
    {
        var cameo = Pipeline.MarsadRules.Shipped.Cameo;
        var articles = document.Articles.Select(a => new ArticleSummary(
            a.File,
            a.Url,
            a.Headline ?? "",
            a.Outlet,
            ToInterval(a.Published),
            (a.PublishedEvidence ?? []).Select(d => DateEvidence.Recorded(DateEvidenceKind.Parse(d.Kind), d.Text, null, ToInterval(d.Allows), d.Applied, d.Note)).ToArray()))
            .ToArray();
        var events = document.Events.Select((e, i) => ToEvent(e, i, cameo)).ToArray();
        return new AnalysisSnapshot(document.AnalyzedAt ?? DateTimeOffset.UnixEpoch, articles, events);
    }

    private static Event ToEvent(ExchangeEvent e, int index, CameoTable cameo)
    {
        var code = e.Cameo ?? "";
        var goldstein = e.Goldstein ?? cameo.Find(code)?.Goldstein ?? 0;
        var status = ParseStatus(e.Status);
        var participants = e.Participants.Select(p => new EventParticipant(
            new ActorRef(ParseKind(p), p.ActorId, p.Name, p.Country, p.Role),
            ParseSide(p.Side),
            default)).ToArray();
        var quotes = e.Quotes.Select(q => new Quote(
            q.Article ?? "",
            ToSpan(q.Span),
            q.Text,
            q.Speaker is null && q.SpeakerCountry is null ? null : new ActorRef(ActorKind.Person, null, q.Speaker, q.SpeakerCountry, null),
            q.Cue ?? "")).ToArray();
        return new Event(
            e.Id ?? e.Key ?? $"event-{index + 1}",
            EventType.Parse(e.Type),
            ParseMode(e.Mode),
            code,
            goldstein,
            status,
            ToInterval(e.When),
            ToPlace(e.Where),
            participants,
            ToMentions(e, code, goldstein, status),
            e.Topics,
            quotes);
    }

    /// <summary>The event's mentions, plus an empty one for each source that no mention names (gold files list sources only).</summary>
    private static List<EventMention> ToMentions(ExchangeEvent e, string code, double goldstein, EventStatus status)
    {
        var mentions = e.Mentions.Select(m => new EventMention(
            m.Article,
            m.Sentence,
            ToSpan(m.EvidenceSpan),
            m.Evidence,
            ToSpan(m.TriggerSpan),
            m.Trigger,
            EventType.Parse(m.Type ?? e.Type),
            ParseMode(m.Mode),
            code,
            goldstein,
            m.Status is null ? status : ParseStatus(m.Status),
            [],
            ToPlace(m.Where),
            m.WhenText,
            null,
            ToInterval(m.When),
            [],
            [])).ToList();
        foreach (var source in e.Sources)
        {
            if (mentions.Any(m => m.ArticleId == source))
                continue;
            mentions.Add(new EventMention(source, -1, default, "", default, "", EventType.Parse(e.Type), ParseMode(e.Mode), code, goldstein, status,
                [], null, null, null, null, [], []));
        }
        return mentions;
    }

    private static EventMode? ParseMode(string? mode) => mode is null ? null : EventMode.Parse(mode);

    private static ActorKind ParseKind(ExchangeParticipant p) => p.Kind?.ToLowerInvariant() switch
    {
        "person" => ActorKind.Person,
        "country" => ActorKind.Country,
        "organization" => ActorKind.Organization,
        _ => p.Name is null && p.Role is null ? ActorKind.Country : ActorKind.Person,
    };

    private static TextSpan ToSpan(int[]? span) => span is [var start, var end] ? new TextSpan(start, end) : default;

    private static Place? ToPlace(ExchangeWhere? where) => where is null ? null : new Place(where.Country, where.Place);

    private static DateInterval? ToInterval(ExchangeInterval? interval)
    {
        if (interval is null)
            return null;
        var from = interval.From ?? interval.To;
        var to = interval.To ?? interval.From;
        if (from is not { } f || to is not { } t)
            return null;
        return DateInterval.TryCreate(f, t) ?? throw new FormatException($"the interval {f:yyyy-MM-dd}..{t:yyyy-MM-dd} ends before it starts");
    }

    internal static UTF8Encoding Utf8NoBom { get; } = new(encoderShouldEmitUTF8Identifier: false);
}
