using Marsad.Actors;
using Marsad.Data;
using Marsad.Events;
using Marsad.Text;

namespace Marsad.Geo;

/// <summary>A place with coordinates: a capital or a place of the knowledge base (Data/geo/coordinates.tsv).</summary>
/// <param name="Name">The name as the knowledge base writes it.</param>
/// <param name="Country">ISO3 of its state, or null (seas, regions spanning states, places the base does not assign).</param>
/// <param name="Kind">capital, city, region, venue or base.</param>
/// <param name="Point">Where it is.</param>
internal sealed record GeoPlace(string Name, string? Country, string Kind, GeoPoint Point);

/// <summary>
/// Where an event's place lies: by its name (any spelling the knowledge base lists for it, with or
/// without a clitic), else, for an event placed only in a country, at that country's capital.
/// </summary>
internal sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shipped = new(() => new Gazetteer(DataFiles.ReadTable("geo/coordinates.tsv"), KnowledgeBase.Default));

    private readonly Dictionary<string, List<GeoPlace>> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GeoPlace> capitals = new(StringComparer.Ordinal);

    internal Gazetteer(IReadOnlyList<TsvRow> rows, KnowledgeBase knowledge)
    {
        Places = rows.Select(Parse).ToArray();
        foreach (var place in Places)
            Add(place.Name, place);
        foreach (var known in knowledge.Places)
        {
            foreach (var place in Lookup(known.NameAr).Where(p => p.Country == known.Country).ToArray())
                foreach (var alias in known.Aliases)
                    Add(alias, place);
        }
        foreach (var country in knowledge.Countries)
        {
            if (country.Capitals.Count > 0 && Lookup(country.Capitals[0]).FirstOrDefault(p => p.Country == country.Iso3) is { } capital)
                capitals[country.Iso3] = capital;
        }
    }

    /// <summary>The shipped table.</summary>
    public static Gazetteer Default => Shipped.Value;

    /// <summary>Every row of the table.</summary>
    public IReadOnlyList<GeoPlace> Places { get; }

    /// <summary>The capital of a state (its first listed capital), or null.</summary>
    public GeoPlace? Capital(string? iso3) => iso3 is null ? null : capitals.GetValueOrDefault(iso3);

    /// <summary>The place called <paramref name="name"/> (in <paramref name="country"/> when given), or null.</summary>
    public GeoPlace? Find(string name, string? country)
    {
        var found = Lookup(name);
        var key = ArabicNormalizer.Key(name.Trim());
        if (found.Count == 0)
            found = Lookup(ArabicClitics.Bare(key));
        if (found.Count == 0 && ArabicClitics.GluedPreposition(key) is { } preposition)
        {
            // "بموسكو", "وبدمشق": the conjunction and the preposition glued to the name.
            var at = key.IndexOf(preposition, StringComparison.Ordinal);
            found = Lookup(key[(at + 1)..]);
        }
        return found.FirstOrDefault(p => country is null || p.Country == country) ?? (country is null ? null : found.FirstOrDefault(p => p.Country is null));
    }

    /// <summary>Where an event took place: its named place, else its country's capital (<paramref name="approximate"/> then true).</summary>
    public GeoPlace? Locate(Place? where, out bool approximate)
    {
        approximate = false;
        if (where is null)
            return null;
        if (where.Name is { Length: > 0 } name && Find(name, where.Country) is { } place)
            return place;
        approximate = true;
        return Capital(where.Country);
    }

    private IReadOnlyList<GeoPlace> Lookup(string name) => byKey.TryGetValue(Key(name), out var list) ? list : [];

    private void Add(string name, GeoPlace place)
    {
        var key = Key(name);
        if (!byKey.TryGetValue(key, out var list))
            byKey[key] = list = [];
        if (!list.Contains(place))
            list.Add(place);
    }

    private static string Key(string name) => ArabicNormalizer.Key(name.Trim());

    private static GeoPlace Parse(TsvRow row)
    {
        var lat = Degrees(row, "lat", 90);
        var lon = Degrees(row, "lon", 180);
        return new GeoPlace(row.Required("name"), row["country"], row.Required("kind"), new GeoPoint(lat, lon));
    }

    private static double Degrees(TsvRow row, string column, double limit)
    {
        var text = row.Required(column);
        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            || double.IsNaN(value) || Math.Abs(value) > limit)
            throw new FormatException($"{row.Source}:{row.Line}: {column} '{text}' is not a number of degrees within ±{limit}");
        return value;
    }
}
