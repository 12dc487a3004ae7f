using System.Text.Json.Serialization;
using Marsad.Actors;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Events;

[JsonConverter(typeof(JsonStringEnumConverter<EventStatus>))]
public enum EventStatus
{
    Occurred,
    Planned,
    Denied,
}

[JsonConverter(typeof(JsonStringEnumConverter<ParticipantSide>))]
public enum ParticipantSide
{
    Source,   // who acts: the caller, the visitor, the accuser
    Target,   // who it is done to: the called, the host, the accused

    // Symmetric events: "بحث الجانبان", multilateral meetings.
    Joint,
}

public sealed record EventParticipant(ActorRef Actor, ParticipantSide Side, TextSpan Evidence);

/// <summary>Where an event happened: ISO3 country and the Arabic place name as printed, either may be null.</summary>
public sealed record Place(string? Country, string? Name, TextSpan? Evidence = null);

/// <summary>A quotation attributed to a speaker ("وقال لافروف: «...»").</summary>
public sealed record Quote(string ArticleId, TextSpan Span, string Text, ActorRef? Speaker, string Cue);

/// <summary>
/// One report of an event in one sentence of one article, with everything traced back to it.
/// <see cref="Interval"/> is the date resolved against the article's publication interval.
/// </summary>
public sealed record EventMention(
    string ArticleId,
    int Sentence,
    TextSpan Evidence,
    string EvidenceText,
    TextSpan Trigger,
    string TriggerText,
    string Type,               // PLOVER type, lower case
    string? Mode,              // phone | visit | multilateral | third-party | null
    string Cameo,
    double Goldstein,
    EventStatus Status,
    IReadOnlyList<EventParticipant> Participants,
    Place? Where,
    string? WhenText,          // the temporal expression the date came from
    TextSpan? WhenSpan,
    DateInterval? Interval,
    IReadOnlyList<string> Topics,
    IReadOnlyList<Quote> Quotes)
{
    /// <summary>The temporal value behind <see cref="Interval"/>, kept to re-resolve when the publication date narrows.</summary>
    [JsonIgnore]
    public TemporalValue? When { get; init; }

    /// <summary>True when the date was taken from the previous sentence (narrative time), not the mention's own clause.</summary>
    [JsonIgnore]
    public bool DateInherited { get; init; }

    /// <summary>"الجولة السابقة": the report names an earlier or later edition of a recurring event, not the one of the article.</summary>
    [JsonIgnore]
    public bool OtherOccurrence { get; init; }

    /// <summary>Whether the date reports the whole event, its start or its end (multi-day events).</summary>
    [JsonIgnore]
    public DatePhase Phase { get; init; }

    /// <summary>
    /// Which of the acts sharing a CAMEO code the report is (Data/events/triggers.tsv act: "recall",
    /// "close"; "halt", "restrict"), or null: a recall and a closure are two sanctions of one code.
    /// </summary>
    [JsonIgnore]
    public string? Act { get; init; }

    /// <summary>Terms of office the text attests for the parties: the event falls inside them.</summary>
    [JsonIgnore]
    public IReadOnlyList<RoleSpan> RoleBounds { get; init; } = [];
}

/// <summary>
/// An event merged from mentions across articles. <see cref="When"/> is the intersection of what
/// its sources allow; <see cref="Sources"/> lists every article that reports it.
/// </summary>
public sealed record Event(
    string Id,
    string Type,
    string? Mode,
    string Cameo,
    double Goldstein,
    EventStatus Status,
    DateInterval? When,
    Place? Where,
    IReadOnlyList<EventParticipant> Participants,
    IReadOnlyList<EventMention> Mentions,
    IReadOnlyList<string> Topics,
    IReadOnlyList<Quote> Quotes)
{
    public IReadOnlyList<string> Sources => Mentions.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Distinct participant countries, sorted.</summary>
    public IReadOnlyList<string> Countries =>
        Participants.Select(p => p.Actor.Country).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
