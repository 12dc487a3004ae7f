using Marsad.Time;

namespace Marsad.Events;

/// <summary>Dates of one article that describe one event, and so must fall on the same day.</summary>
/// <param name="Dates">The expressions, as printed, each once.</param>
internal sealed record SameEventClue(IReadOnlyList<string> Dates) : DateClue;

/// <summary>A relative date of an event one of whose parties the text names in an office: the event falls inside that term.</summary>
/// <param name="When">The date as printed.</param>
/// <param name="Term">The party's term in the office the text gives them.</param>
/// <param name="AsOf">The as-of day (the end of a term still running).</param>
internal sealed record EventInTermClue(string When, Actors.RoleSpan Term, DateOnly AsOf) : DateClue;

/// <summary>An event of the article that other articles date.</summary>
/// <param name="Surface">The article's expression of the date, else its trigger.</param>
/// <param name="Type">The event's type.</param>
/// <param name="Date">The days the other articles give.</param>
/// <param name="Sources">The other articles.</param>
internal sealed record ReportedElsewhereClue(string Surface, EventType Type, DateInterval Date, IReadOnlyList<string> Sources) : DateClue;
