using Marsad.Data;

namespace Marsad.Actors.Recognition.Coreference;

/// <summary>The resolvers by the <c>type</c> column of rules/coreference.tsv: a new type is a new class listed here.</summary>
internal static class CoreferenceResolvers
{
    private static readonly ICoreferenceResolver[] All =
    [
        new CounterpartResolver(),
        new MinisterResolver(),
        new PairResolver("pair_actors", PairResolver.Referents.PersonsElseCountries),
        new PairResolver("pair_persons", PairResolver.Referents.Persons),
        new PairResolver("pair_countries", PairResolver.Referents.Countries),
        new SpeakerCountryResolver(),
        new GuarantorsResolver(),
        new FormalNameResolver(),
        new InstitutionResolver(),
    ];

    private static readonly Dictionary<string, ICoreferenceResolver> ByType = All.ToDictionary(r => r.Type, StringComparer.Ordinal);

    /// <summary>The type values a row may name.</summary>
    public static IReadOnlyCollection<string> Types => ByType.Keys;

    /// <summary>The resolver of a type checked at load (<see cref="CheckType"/>).</summary>
    public static ICoreferenceResolver Of(string type) => ByType[type];

    /// <summary>The row's type, or a load error with file:line when no resolver serves it.</summary>
    public static string CheckType(TsvRow row)
    {
        var type = row.Required("type");
        return ByType.ContainsKey(type) ? type
            : throw new FormatException($"{row.Source}:{row.Line}: coreference type '{type}' is not one of {string.Join("|", ByType.Keys)}.");
    }
}
