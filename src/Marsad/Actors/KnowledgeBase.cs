namespace Marsad.Actors;

/// <summary>
/// The actor knowledge base: countries, organisations, places, persons and their time-bounded
/// roles, loaded from Data/actors/** and optionally from user files.
/// </summary>
public sealed class KnowledgeBase
{
    private static readonly Lazy<KnowledgeBase> Embedded = new(() => Load([]));

    /// <summary>The knowledge base shipped with Marsad.</summary>
    public static KnowledgeBase Default => Embedded.Value;

    // STUB: empty; replaced by the actors stage.
    public static KnowledgeBase Load(IEnumerable<string> extraFiles)
    {
        _ = extraFiles;
        return new KnowledgeBase();
    }

    /// <summary>Roles the person held, in date order.</summary>
    public IReadOnlyList<RoleSpan> RolesOf(string personId)
    {
        _ = personId;
        return [];
    }
}
