using Marsad.Text;
using Marsad.Time;

namespace Marsad.Actors;

public enum ActorKind
{
    Person,
    Country,
    Organization,
    Place,        // a city or venue (event locations); Country = its state, Id = "place:" + name
}

/// <summary>
/// Who an actor is. Persons: <see cref="Id"/> is the knowledge-base person id (null for a person
/// recognised only from a title-and-name pattern), <see cref="Name"/> the canonical Arabic name,
/// <see cref="Country"/> the ISO 3166-1 alpha-3 code, <see cref="Role"/> one of the exchange roles
/// (head_of_state, head_of_government, foreign_minister, defence_minister, intelligence_chief, envoy)
/// or another role id from Data/actors/titles.tsv. Countries: Id = Country = ISO3.
/// Organisations: Id = organisation id, Country = its state for national bodies, else null.
/// </summary>
public sealed record ActorRef(ActorKind Kind, string? Id, string? Name, string? Country, string? Role)
{
    /// <summary>Stable key for grouping mentions of the same actor.</summary>
    public string Key => Kind switch
    {
        ActorKind.Person => Id ?? $"person:{Country}:{Role}:{Name}",
        ActorKind.Country => $"country:{Country}",
        _ => Id ?? $"org:{Name}",
    };
}

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
public sealed record ActorMention(
    int Start,
    int End,
    string Surface,
    ActorRef Actor,
    MentionKind Kind,
    int Sentence,
    string Evidence,
    RoleSpan? AttestedRole = null,
    IReadOnlyList<ActorRef>? Group = null)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>
/// A role held by a person over a closed interval; open ends are null. <see cref="Unverified"/>:
/// the term's dates are not confirmed (its note says "unverified" or "uncertain"): the term still
/// tells who held the office, but it never narrows a date.
/// </summary>
public sealed record RoleSpan(string PersonId, string Country, string Role, DateOnly? From, DateOnly? To, bool Unverified = false)
{
    public DateInterval Interval(DateOnly asOf) =>
        new(From ?? new DateOnly(1900, 1, 1), To ?? asOf);
}
