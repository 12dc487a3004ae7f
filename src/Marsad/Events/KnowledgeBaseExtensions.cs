using Marsad.Actors;

namespace Marsad.Events;

// TEMPORARY bridge until the actors stage lands: the event stage needs capitals and format members.
internal static class KnowledgeBaseExtensions
{
    public static string? CapitalOf(this KnowledgeBase kb, string iso3)
    {
        _ = kb;
        _ = iso3;
        return null;
    }

    public static IReadOnlyList<string> MembersOf(this KnowledgeBase kb, string organizationId)
    {
        _ = kb;
        _ = organizationId;
        return [];
    }
}
