using System.Text.Json.Serialization;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Actors;

/// <summary>What an actor is.</summary>
public enum ActorKind
{
    /// <summary>A person: a knowledge-base person, or a name as printed.</summary>
    Person,

    /// <summary>A state.</summary>
    Country,

    /// <summary>An organisation, agency, armed group or diplomatic format.</summary>
    Organization,

    /// <summary>A city or venue (event locations); Country = its state, Id = "place:" + name.</summary>
    Place,
}

/// <summary>
/// Who an actor is. Persons: <see cref="Id"/> is the knowledge-base person id (null for a person
/// recognised only from a title-and-name pattern), <see cref="Name"/> the canonical Arabic name,
/// <see cref="Country"/> the ISO 3166-1 alpha-3 code, <see cref="Role"/> one of the exchange roles
/// (head_of_state, head_of_government, foreign_minister, defence_minister, intelligence_chief, envoy)
/// or another role id from Data/actors/titles.tsv. Countries: Id = Country = ISO3.
/// Organisations: Id = organisation id, Country = its state for national bodies, else null.
/// </summary>
/// <param name="Kind">What the actor is.</param>
/// <param name="Id">The knowledge-base id (person, organisation), the ISO3 code (country), "place:" + name (place).</param>
/// <param name="Name">The canonical Arabic name, or the name as printed.</param>
/// <param name="Country">The actor's state (ISO3).</param>
/// <param name="Role">The office a person holds (a role id), or null.</param>
public sealed record ActorRef(ActorKind Kind, string? Id, string? Name, string? Country, string? Role)
{
    /// <summary>Stable key for grouping mentions of the same actor.</summary>
    public string Key => Kind switch
    {
        ActorKind.Person => Id ?? $"person:{Country}:{Role}:{Name}",
        ActorKind.Country => $"country:{Country}",
        _ => Id ?? $"org:{Name}",
    };

    /// <summary>The exchange role <see cref="Role"/> names, or null for another office (or none).</summary>
    [JsonIgnore]
    public ExchangeRole? ExchangeRole => Actors.ExchangeRole.Of(Role);
}

/// <summary>How the text names an actor.</summary>
public enum MentionKind
{
    /// <summary>"سيرغي لافروف", "لافروف".</summary>
    Name,

    /// <summary>"وزير الخارجية الروسي سيرغي لافروف".</summary>
    TitleName,

    /// <summary>"الرئيس الروسي" (resolved to the holder on the article's date).</summary>
    Title,

    /// <summary>"روسيا", "سورية".</summary>
    Country,

    /// <summary>"الروسي", "السوريين".</summary>
    Demonym,

    /// <summary>"موسكو", "الكرملين" used for the state.</summary>
    Capital,

    /// <summary>"مجلس الأمن", "داعش".</summary>
    Organization,

    /// <summary>"نظيره", "الوزير", "الجانبان" resolved to earlier mentions.</summary>
    Coreference,

    /// <summary>"سوتشي": a place from places.tsv (capitals are reported as Capital).</summary>
    Place,
}

/// <summary>
/// One actor mention with offsets into the article text. <see cref="AttestedRole"/> is set when the
/// text presents the person as holding an office (title next to the name, not "السابق"/"الراحل"):
/// the article then falls inside that role's span, which the time stage uses as evidence.
/// <see cref="Group"/>: the actors a group cue refers to ("الجانبان"/"الوزيران"/"الدول الضامنة").
/// </summary>
/// <param name="Start">Where the mention starts in the article text.</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="Surface">The mention as printed.</param>
/// <param name="Actor">Who it names.</param>
/// <param name="Kind">How it names them.</param>
/// <param name="Sentence">The sentence's index in the article.</param>
/// <param name="Evidence">The rules that read it, and what they read.</param>
/// <param name="AttestedRole">The term of office the text presents the person in, when it does.</param>
/// <param name="Group">The actors a group cue stands for.</param>
public sealed record ActorMention(
    int Start,
    int End,
    string Surface,
    ActorRef Actor,
    MentionKind Kind,
    int Sentence,
    ActorEvidence Evidence,
    RoleSpan? AttestedRole = null,
    IReadOnlyList<ActorRef>? Group = null)
{
    /// <summary>The mention's offsets as a span.</summary>
    public TextSpan Span => new(Start, End);
}

/// <summary>How sure one end of a term of office is, as its role note says (<see cref="KnowledgeBase.DoubtOf"/>).</summary>
public enum DateDoubt
{
    /// <summary>The date as the table gives it.</summary>
    None,

    /// <summary>The day is not confirmed ("day uncertain"): the end bounds a date to its month.</summary>
    Day,

    /// <summary>The month is approximate ("start month uncertain"): the end reaches one month beyond the month recorded.</summary>
    Month,

    /// <summary>Not confirmed ("start uncertain", "dates unverified"): the end never narrows a date.</summary>
    Open,
}

/// <summary>
/// A role held by a person over a closed interval; open ends are null. An end its note doubts
/// (<see cref="FromDoubt"/>, <see cref="ToDoubt"/>) still tells who held the office on a day, but narrows
/// a publication or event date only as far as it is confirmed (<see cref="Bounds"/>).
/// </summary>
/// <param name="PersonId">The knowledge-base person.</param>
/// <param name="Country">The state the office is of (ISO3).</param>
/// <param name="Role">The role id.</param>
/// <param name="From">The first day in office, when known.</param>
/// <param name="To">The last day in office; null while in office.</param>
/// <param name="FromDoubt">How sure the first day is.</param>
/// <param name="ToDoubt">How sure the last day is.</param>
public sealed record RoleSpan(string PersonId, string Country, string Role, DateOnly? From, DateOnly? To,
    DateDoubt FromDoubt = DateDoubt.None, DateDoubt ToDoubt = DateDoubt.None)
{
    /// <summary>The day a term with no known start is taken to have begun.</summary>
    internal static readonly DateOnly OpenStart = new(1900, 1, 1);

    /// <summary>Whether the note doubts either end of the term.</summary>
    public bool Unverified => FromDoubt != DateDoubt.None || ToDoubt != DateDoubt.None;

    /// <summary>Whether no end of the term narrows a date: each is missing or not confirmed.</summary>
    internal bool BoundsNothing => (From is null || FromDoubt == DateDoubt.Open) && (To is null || ToDoubt == DateDoubt.Open);

    /// <summary>
    /// The days of the term, an open end closed by <paramref name="asOf"/>; null when the term starts
    /// after <paramref name="asOf"/> (it cannot hold any day up to it).
    /// </summary>
    public DateInterval? Interval(DateOnly asOf) => DateInterval.TryCreate(From ?? OpenStart, To ?? asOf);

    /// <summary>
    /// The days the term allows a date to fall on: <see cref="Interval"/> with each doubted end widened
    /// (to its month, one month further, or open); null when it starts after <paramref name="asOf"/>.
    /// </summary>
    public DateInterval? Bounds(DateOnly asOf) => DateInterval.TryCreate(BoundFrom(), BoundTo(asOf));

    /// <summary>The first day <see cref="Bounds"/> allows.</summary>
    internal DateOnly BoundFrom() => From is not { } from ? OpenStart : FromDoubt switch
    {
        DateDoubt.Day => new DateOnly(from.Year, from.Month, 1),
        DateDoubt.Month => new DateOnly(from.Year, from.Month, 1).AddMonths(-1),
        DateDoubt.Open => OpenStart,
        _ => from,
    };

    /// <summary>The last day <see cref="Bounds"/> allows, an open end closed by <paramref name="asOf"/>.</summary>
    internal DateOnly BoundTo(DateOnly asOf) => To is not { } to ? asOf : ToDoubt switch
    {
        DateDoubt.Day => new DateOnly(to.Year, to.Month, 1).AddMonths(1).AddDays(-1),
        DateDoubt.Month => new DateOnly(to.Year, to.Month, 1).AddMonths(2).AddDays(-1),
        DateDoubt.Open => asOf,
        _ => to,
    };
}
