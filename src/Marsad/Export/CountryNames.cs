using Marsad.Actors;
using Marsad.Text;

namespace Marsad.Export;

/// <summary>
/// Countries as a user names them in a filter: an ISO3 code (SYR), the English name (Syria) or an
/// Arabic name or variant of the knowledge base (سوريا, سورية), in any case and with or without
/// diacritics. Unknown names are an error that says what is accepted, never an empty result.
/// </summary>
internal static class CountryNames
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Index = new(() => Build(KnowledgeBase.Default));

    /// <summary>The ISO3 code of the country <paramref name="name"/> names; a <see cref="FormatException"/> when none.</summary>
    public static string Resolve(string name) =>
        TryResolve(name) ?? throw new FormatException(
            $"unknown country '{name.Trim()}': give an ISO3 code (SYR), an English name (Syria) or an Arabic name (سوريا)");

    /// <summary>The ISO3 code of the country <paramref name="name"/> names, or null.</summary>
    public static string? TryResolve(string name) => Index.Value.GetValueOrDefault(Key(name));

    /// <summary>The English name of an ISO3 code, when the knowledge base has one.</summary>
    public static string? English(string? iso3) => iso3 is null ? null : KnowledgeBase.Default.FindCountry(iso3)?.NameEn;

    private static Dictionary<string, string> Build(KnowledgeBase knowledge)
    {
        var index = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var country in knowledge.Countries.OrderBy(c => c.Iso3, StringComparer.Ordinal))
        {
            index[Key(country.Iso3)] = country.Iso3;
            foreach (var name in new[] { country.NameEn, country.NameAr }.Concat(country.Aliases).OfType<string>())
                index.TryAdd(Key(name), country.Iso3);
        }
        return index;
    }

    private static string Key(string name) => ArabicNormalizer.Key(name.Trim()).ToLowerInvariant();
}
