namespace Marsad.Actors;

/// <summary>What the persons of the base tell about names printed around theirs.</summary>
public sealed partial class KnowledgeBase
{
    private HashSet<string>? forenames;

    /// <summary>
    /// The first words of the persons' names (normalised, a binder's name whole: "محمد", "عبد"): given
    /// names the base knows, which may open a longer printed form of a KB name ("محمد شهباز شريف").
    /// </summary>
    internal IReadOnlySet<string> Forenames =>
        forenames ??= persons.Values.Select(p => LexKey.Of(p.NameAr)).Where(k => k.Length > 1).Select(k => k[0]).ToHashSet(StringComparer.Ordinal);
}
