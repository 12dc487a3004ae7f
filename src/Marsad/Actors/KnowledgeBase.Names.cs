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

    private HashSet<string>? capitalsNamedAsState;

    /// <summary>
    /// The states (ISO3) whose capital is called by the state's name ("تونس العاصمة", "مدينة الكويت"):
    /// "تونس" printed alone names the city as much as the state.
    /// </summary>
    internal IReadOnlySet<string> CapitalNamedAsState =>
        capitalsNamedAsState ??= countries.Values.Where(CapitalBearsName).Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal);

    private static bool CapitalBearsName(Country country)
    {
        var name = LexKey.Of(country.NameAr);
        return country.Capitals.Any(c => LexKey.Of(c) is var words && words.Length > name.Length
            && Enumerable.Range(0, words.Length - name.Length + 1).Any(i => words.Skip(i).Take(name.Length).SequenceEqual(name)));
    }
}
