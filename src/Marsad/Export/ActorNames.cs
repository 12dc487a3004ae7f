using Marsad.Actors;

namespace Marsad.Export;

/// <summary>
/// Names of actors and roles for readers who do not read Arabic (--names en): the knowledge base's
/// English names, ISO3 codes for states, English role labels. Shared by the terminal views and the page.
/// </summary>
internal static class ActorNames
{
    /// <summary>The actor's English name: a state by its ISO3 code, a person or organisation by the base's English name.</summary>
    public static string English(ActorRef actor)
    {
        var knowledge = KnowledgeBase.Default;
        var english = actor.Kind switch
        {
            ActorKind.Country => actor.Country,
            ActorKind.Person when actor.Id is { } id => knowledge.FindPerson(id)?.NameEn,
            ActorKind.Organization when actor.Id is { } id => knowledge.FindOrganization(id)?.NameEn ?? id,
            _ => null,
        };
        return english ?? (actor.Kind == ActorKind.Person ? "unnamed" : actor.Country ?? actor.Id ?? "?");
    }

    /// <summary>A role by its Arabic label, or its English one; the id with spaces when the table has none.</summary>
    public static string? Role(string? role, bool english)
    {
        if (role is null)
            return null;
        return (english ? DisplayLabels.English("role", role) : DisplayLabels.Arabic("role", role)) ?? role.Replace('_', ' ');
    }
}
