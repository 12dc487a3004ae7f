using System.Text.Json.Serialization;
using Marsad.Actors;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Events;

/// <summary>Whether the text reports an event as done, announced or denied.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EventStatus>))]
public enum EventStatus
{
    /// <summary>It took place ("بحث", "التقى").</summary>
    Occurred,

    /// <summary>It is announced ("سيزور", "من المقرر أن").</summary>
    Planned,

    /// <summary>The text denies it ("نفى ... أن يكون").</summary>
    Denied,
}

/// <summary>The part a party plays in an event.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ParticipantSide>))]
public enum ParticipantSide
{
    /// <summary>Who acts: the caller, the visitor, the accuser.</summary>
    Source,

    /// <summary>Who it is done to: the called, the host, the accused.</summary>
    Target,

    /// <summary>Symmetric events: "بحث الجانبان", multilateral meetings.</summary>
    Joint,
}

/// <summary>A party of an event.</summary>
/// <param name="Actor">Who.</param>
/// <param name="Side">The part they play.</param>
/// <param name="Evidence">Where the text names them.</param>
public sealed record EventParticipant(ActorRef Actor, ParticipantSide Side, TextSpan Evidence);

/// <summary>Where an event happened: ISO3 country and the Arabic place name as printed, either may be null.</summary>
/// <param name="Country">ISO 3166-1 alpha-3 code.</param>
/// <param name="Name">The place name as printed.</param>
/// <param name="Evidence">Where the text names it.</param>
public sealed record Place(string? Country, string? Name, TextSpan? Evidence = null);

/// <summary>A quotation attributed to a speaker ("وقال لافروف: «...»").</summary>
/// <param name="ArticleId">The article that quotes it.</param>
/// <param name="Span">Where the quotation stands in the article text.</param>
/// <param name="Text">What was said.</param>
/// <param name="Speaker">Who said it, when the text says.</param>
/// <param name="Cue">The speech verb or cue that introduced it.</param>
public sealed record Quote(string ArticleId, TextSpan Span, string Text, ActorRef? Speaker, string Cue);

/// <summary>
/// One report of an event in one sentence of one article, with everything traced back to it.
/// <see cref="Interval"/> is the date resolved against the article's publication interval.
/// </summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Sentence">The sentence's index in the article.</param>
/// <param name="Evidence">The sentence's offsets in the article text.</param>
/// <param name="EvidenceText">The sentence.</param>
/// <param name="Trigger">The offsets of the words that name the event.</param>
/// <param name="TriggerText">The words that name the event.</param>
/// <param name="Type">The PLOVER type.</param>
/// <param name="Mode">The PLOVER mode, or null.</param>
/// <param name="Cameo">The CAMEO code.</param>
/// <param name="Goldstein">The Goldstein score of the code.</param>
/// <param name="Status">Done, announced or denied.</param>
/// <param name="Participants">The parties this report names.</param>
/// <param name="Where">Where this report places the event.</param>
/// <param name="WhenText">The temporal expression the date came from.</param>
/// <param name="WhenSpan">Where that expression stands.</param>
/// <param name="Interval">The days this report allows.</param>
/// <param name="Topics">What the parties discussed.</param>
/// <param name="Quotes">What the parties said in the sentence.</param>
public sealed record EventMention(
    string ArticleId,
    int Sentence,
    TextSpan Evidence,
    string EvidenceText,
    TextSpan Trigger,
    string TriggerText,
    EventType Type,
    EventMode? Mode,
    string Cameo,
    double Goldstein,
    EventStatus Status,
    IReadOnlyList<EventParticipant> Participants,
    Place? Where,
    string? WhenText,
    TextSpan? WhenSpan,
    DateInterval? Interval,
    IReadOnlyList<string> Topics,
    IReadOnlyList<Quote> Quotes)
{
    /// <summary>The temporal value behind <see cref="Interval"/>, kept to re-resolve when the publication date narrows.</summary>
    [JsonIgnore]
    internal TemporalValue? When { get; init; }

    /// <summary>True when the date was taken from the previous sentence (narrative time), not the mention's own clause.</summary>
    [JsonIgnore]
    internal bool DateInherited { get; init; }

    /// <summary>
    /// The latest day the article's page may have been posted when that is after the days its body was
    /// written (<see cref="PublicationSolver.MaxLag"/> at most): an undated report, like a lead written
    /// when the page was posted, may tell of an act up to that day.
    /// </summary>
    [JsonIgnore]
    internal DateOnly? LatestPosting { get; init; }

    /// <summary>The report stands in a headline or a subheading (<see cref="Text.SentenceShape"/>): the acts it joins tell one moment.</summary>
    [JsonIgnore]
    internal bool InHeadline { get; init; }

    /// <summary>An undated report in the present tense ("يبحث الرئيسان"): its act may lie in the days just after publication.</summary>
    [JsonIgnore]
    internal bool Ongoing { get; init; }

    /// <summary>Whether the date reports the whole event, its start or its end (multi-day events).</summary>
    [JsonIgnore]
    internal DatePhase Phase { get; init; }

    /// <summary>
    /// Which of the acts sharing a CAMEO code the report is (Data/events/triggers.tsv act: "recall",
    /// "close"; "halt", "restrict"), or null: a recall and a closure are two sanctions of one code.
    /// </summary>
    [JsonIgnore]
    public string? Act { get; init; }

    /// <summary>Terms of office the text attests for the parties: the event falls inside them.</summary>
    [JsonIgnore]
    internal IReadOnlyList<RoleSpan> RoleBounds { get; init; } = [];
}

/// <summary>
/// An event merged from mentions across articles. <see cref="When"/> is the intersection of what
/// its sources allow; <see cref="Sources"/> lists every article that reports it.
/// </summary>
/// <param name="Id">A stable id ("ev-" and a hash of what identifies the event).</param>
/// <param name="Type">The PLOVER type.</param>
/// <param name="Mode">The mode most reports give, or null.</param>
/// <param name="Cameo">The CAMEO code (a specific one over the generic one).</param>
/// <param name="Goldstein">The Goldstein score of the code.</param>
/// <param name="Status">The most certain status of the reports.</param>
/// <param name="When">The days every source allows.</param>
/// <param name="Where">The most precise place the reports give.</param>
/// <param name="Participants">The parties, one per actor.</param>
/// <param name="Mentions">The reports, by article then sentence.</param>
/// <param name="Topics">What the parties discussed.</param>
/// <param name="Quotes">What the parties said.</param>
public sealed record Event(
    string Id,
    EventType Type,
    EventMode? Mode,
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
    /// <summary>Every article that reports the event, in the order of its mentions.</summary>
    public IReadOnlyList<string> Sources => Mentions.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Distinct participant countries, sorted.</summary>
    public IReadOnlyList<string> Countries =>
        Participants.Select(p => p.Actor.Country).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
