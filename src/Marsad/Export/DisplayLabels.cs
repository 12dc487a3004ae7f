using Marsad.Actors;
using Marsad.Data;
using Marsad.Events;

namespace Marsad.Export;

/// <summary>English and Arabic display labels of types, modes, roles, statuses, sides and date precisions (Data/export/labels.tsv).</summary>
internal static class DisplayLabels
{
    private static readonly Lazy<IReadOnlyDictionary<(string Kind, string Id), (string En, string Ar)>> Labels = new(() =>
        DataFiles.ReadTable("export/labels.tsv").ToDictionary(
            r => (r.Required("kind"), CheckedId(r)),
            r => (r.Required("en"), r.Required("ar"))));

    private static readonly Lazy<IReadOnlyDictionary<string, string>> CountryNames = new(LoadCountryNames);

    /// <summary>"phone call · اتصال هاتفي", or the id itself when no label is known.</summary>
    public static string Both(string kind, string? id)
    {
        if (id is null)
            return "";
        return Labels.Value.TryGetValue((kind, id), out var label) ? $"{label.En} · {label.Ar}" : id;
    }

    public static string? Arabic(string kind, string? id) =>
        id is not null && Labels.Value.TryGetValue((kind, id), out var label) ? label.Ar : null;

    /// <summary>The English label of a type, mode, role, status or side, or null when none is known.</summary>
    public static string? English(string kind, string? id) =>
        id is not null && Labels.Value.TryGetValue((kind, id), out var label) ? label.En : null;

    /// <summary>The row's id; a type or mode must name a value of its closed vocabulary, a role a snake_case id (a file:line error otherwise).</summary>
    private static string CheckedId(TsvRow row) => row.Required("kind") switch
    {
        "type" => row.Closed<EventType>("id").Name,
        "mode" => row.Closed<EventMode>("id").Name,
        "role" => ExchangeRole.Of(row.Required("id")) is { } role ? role.Name : SnakeCase(row),
        _ => row.Required("id"),
    };

    private static string SnakeCase(TsvRow row)
    {
        var id = row.Required("id");
        return id.All(c => c is '_' || char.IsAsciiLetterLower(c))
            ? id
            : throw new FormatException($"{row.Source}:{row.Line}: role id '{id}' is not snake_case");
    }

    /// <summary>Arabic name of an ISO3 country from the knowledge base, when it has one.</summary>
    public static string? CountryName(string? iso3) => iso3 is null ? null : CountryNames.Value.GetValueOrDefault(iso3);

    private static IReadOnlyDictionary<string, string> LoadCountryNames()
    {
        try
        {
            return DataFiles.ReadTable("actors/countries.tsv")
                .Where(r => r["iso3"] is not null && r["name_ar"] is not null)
                .GroupBy(r => r.Required("iso3"), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Required("name_ar"), StringComparer.Ordinal);
        }
        catch (FileNotFoundException)
        {
            return new Dictionary<string, string>();
        }
    }
}
