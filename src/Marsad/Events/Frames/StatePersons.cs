using Marsad.Actors;

namespace Marsad.Events.Frames;

/// <summary>
/// A state taking part without its person, and the one person of a state among some mentions: what
/// the party repairs share (<see cref="MentionBuilder"/> for a meeting's sentence and a visit's
/// article, <see cref="DelegationHeads"/> for the delegations presented after a meeting).
/// </summary>
internal static class StatePersons
{
    /// <summary>A state by name, or an office of it whose holder is not known ("الرئيس التونسي" on an unknown day).</summary>
    public static bool IsUnnamedState(ActorRef actor) =>
        actor.Country is not null && (actor.Kind == ActorKind.Country || actor is { Kind: ActorKind.Person, Name: null });

    /// <summary>A person with a name and a state.</summary>
    public static bool IsNamedPerson(ActorMention m) => m.Actor is { Kind: ActorKind.Person, Name: not null, Country: not null };

    /// <summary>The mention of the one person of <paramref name="country"/> among <paramref name="persons"/>, or null (none, or several).</summary>
    public static ActorMention? OnlyOne(IReadOnlyList<ActorMention> persons, string country)
    {
        var of = persons.Where(m => m.Actor.Country == country).ToArray();
        return of.Length > 0 && of.All(m => m.Actor.Key == of[0].Actor.Key) ? of[0] : null;
    }
}
