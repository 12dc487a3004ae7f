using System.Text.Json;

namespace Marsad.Geo;

/// <summary>A point on the globe, in degrees (WGS84).</summary>
internal readonly record struct GeoPoint(double Lat, double Lon);

/// <summary>A latitude/longitude box.</summary>
internal readonly record struct GeoBounds(double MinLat, double MaxLat, double MinLon, double MaxLon)
{
    /// <summary>The smallest box holding every point; null for none.</summary>
    public static GeoBounds? Of(IEnumerable<GeoPoint> points)
    {
        GeoBounds? box = null;
        foreach (var p in points)
            box = box is { } b ? new GeoBounds(Math.Min(b.MinLat, p.Lat), Math.Max(b.MaxLat, p.Lat), Math.Min(b.MinLon, p.Lon), Math.Max(b.MaxLon, p.Lon)) : new GeoBounds(p.Lat, p.Lat, p.Lon, p.Lon);
        return box;
    }

    /// <summary>True when the point lies in the box grown by <paramref name="margin"/> degrees on every side.</summary>
    public bool Contains(GeoPoint p, double margin = 0) =>
        p.Lat >= MinLat - margin && p.Lat <= MaxLat + margin && p.Lon >= MinLon - margin && p.Lon <= MaxLon + margin;

    /// <summary>True when the two boxes share a point.</summary>
    public bool Intersects(GeoBounds other) =>
        MinLat <= other.MaxLat && other.MinLat <= MaxLat && MinLon <= other.MaxLon && other.MinLon <= MaxLon;
}

/// <summary>One feature of a TopoJSON object: its id, its name and its polygon rings (exterior and holes alike).</summary>
internal sealed record TopoFeature(string? Id, string Name, IReadOnlyList<IReadOnlyList<GeoPoint>> Rings)
{
    /// <summary>The box holding every ring.</summary>
    public GeoBounds Bounds { get; } = GeoBounds.Of(Rings.SelectMany(r => r)) ?? default;
}

/// <summary>
/// Decodes the TopoJSON of the world-atlas package (https://github.com/topojson/topojson-specification):
/// quantised, delta-encoded arcs shared between neighbouring polygons, each ring a list of arc indices
/// (a negative index ~i is arc i reversed). Only Polygon and MultiPolygon geometries are read.
/// </summary>
internal static class TopoJson
{
    /// <summary>The features of the named object (e.g. "countries") of a topology.</summary>
    public static IReadOnlyList<TopoFeature> Read(string json, string objectName)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var arcs = DecodeArcs(root);
        var geometries = root.GetProperty("objects").GetProperty(objectName).GetProperty("geometries");
        var features = new List<TopoFeature>();
        foreach (var g in geometries.EnumerateArray())
        {
            var id = g.TryGetProperty("id", out var idValue) ? idValue.ToString() : null;
            var name = g.TryGetProperty("properties", out var props) && props.TryGetProperty("name", out var n) ? n.GetString() ?? "" : "";
            var rings = g.GetProperty("type").GetString() switch
            {
                "Polygon" => Polygon(g.GetProperty("arcs"), arcs),
                "MultiPolygon" => g.GetProperty("arcs").EnumerateArray().SelectMany(p => Polygon(p, arcs)).ToArray(),
                _ => [],
            };
            features.Add(new TopoFeature(id, name, rings));
        }
        return features;
    }

    /// <summary>Every arc as absolute positions: cumulative sums of the deltas, scaled and translated by the transform.</summary>
    private static GeoPoint[][] DecodeArcs(JsonElement root)
    {
        double sx = 1, sy = 1, tx = 0, ty = 0;
        var quantized = root.TryGetProperty("transform", out var transform);
        if (quantized)
        {
            var scale = transform.GetProperty("scale");
            var translate = transform.GetProperty("translate");
            (sx, sy) = (scale[0].GetDouble(), scale[1].GetDouble());
            (tx, ty) = (translate[0].GetDouble(), translate[1].GetDouble());
        }
        return root.GetProperty("arcs").EnumerateArray().Select(arc =>
        {
            double x = 0, y = 0;
            return arc.EnumerateArray().Select(position =>
            {
                var (px, py) = (position[0].GetDouble(), position[1].GetDouble());
                if (!quantized)
                    return new GeoPoint(py, px);
                x += px;
                y += py;
                return new GeoPoint((y * sy) + ty, (x * sx) + tx);
            }).ToArray();
        }).ToArray();
    }

    private static IReadOnlyList<GeoPoint>[] Polygon(JsonElement polygon, GeoPoint[][] arcs) =>
        polygon.EnumerateArray().Select(ring => Ring(ring, arcs)).ToArray();

    /// <summary>A ring: its arcs end to end, each arc after the first without its first point (the previous arc's last).</summary>
    private static IReadOnlyList<GeoPoint> Ring(JsonElement ring, GeoPoint[][] arcs)
    {
        var points = new List<GeoPoint>();
        foreach (var index in ring.EnumerateArray().Select(i => i.GetInt32()))
        {
            IEnumerable<GeoPoint> arc = index >= 0 ? arcs[index] : arcs[~index].Reverse();
            points.AddRange(points.Count == 0 ? arc : arc.Skip(1));
        }
        return points;
    }
}
