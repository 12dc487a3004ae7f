using Marsad.Data;

namespace Marsad.Geo;

/// <summary>A state's outline on the atlas: every ring of every feature that stands for it.</summary>
internal sealed record AtlasCountry(string Iso3, string Name, IReadOnlyList<IReadOnlyList<GeoPoint>> Rings)
{
    /// <summary>The box holding every ring.</summary>
    public GeoBounds Bounds { get; } = GeoBounds.Of(Rings.SelectMany(r => r)) ?? default;
}

/// <summary>
/// The world map the page draws: Natural Earth's 1:110m countries (public domain) as the world-atlas
/// npm package ships them (Data/geo/countries-110m.json, ISC licence), each feature tied to an ISO3
/// code by Data/geo/atlas-ids.tsv. Read once from the assembly; nothing is fetched.
/// </summary>
internal sealed class WorldAtlas
{
    private static readonly Lazy<WorldAtlas> Shipped = new(() =>
        new WorldAtlas(TopoJson.Read(DataFiles.ReadText("geo/countries-110m.json"), "countries"), DataFiles.ReadTable("geo/atlas-ids.tsv")));

    private readonly Dictionary<string, AtlasCountry> byIso3;

    private WorldAtlas(IReadOnlyList<TopoFeature> features, IReadOnlyList<TsvRow> ids)
    {
        Features = features;
        var iso = ids.ToDictionary(r => r["atlas_id"] ?? "name:" + r.Required("atlas_name"), r => r.Required("iso3"), StringComparer.Ordinal);
        Unmapped = features.Where(f => !iso.ContainsKey(Key(f))).Select(f => f.Name).ToArray();
        byIso3 = features.Where(f => iso.ContainsKey(Key(f)))
            .GroupBy(f => iso[Key(f)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new AtlasCountry(g.Key, g.First().Name, g.SelectMany(f => f.Rings).ToArray()), StringComparer.Ordinal);
    }

    /// <summary>The shipped atlas.</summary>
    public static WorldAtlas Default => Shipped.Value;

    /// <summary>Every feature of the atlas file, in file order.</summary>
    public IReadOnlyList<TopoFeature> Features { get; }

    /// <summary>Names of features atlas-ids.tsv has no row for (none in a consistent checkout).</summary>
    public IReadOnlyList<string> Unmapped { get; }

    /// <summary>Every state the atlas draws.</summary>
    public IReadOnlyCollection<AtlasCountry> Countries => byIso3.Values;

    /// <summary>The outline of a state, or null when the 1:110m atlas has none (small island states, Bahrain, Singapore...).</summary>
    public AtlasCountry? Find(string? iso3) => iso3 is null ? null : byIso3.GetValueOrDefault(iso3);

    private static string Key(TopoFeature f) => f.Id ?? "name:" + f.Name;
}
