namespace Marsad.Geo;

/// <summary>
/// The part of the world a map shows and how it is drawn: an equirectangular projection whose
/// longitudes are shrunk by the cosine of the middle latitude (so the shown region keeps its shape),
/// <see cref="Width"/> units wide. Regions are padded and grown to a readable size and aspect.
/// </summary>
internal sealed class MapView
{
    /// <summary>Width of the drawing in SVG units.</summary>
    public const double Width = 1000;

    /// <summary>The region shown when there is nothing to show: the Middle East and North Africa.</summary>
    public static readonly GeoBounds DefaultRegion = new(12, 42, -10, 62);

    private const double MinLonSpan = 28, MinLatSpan = 16, Pad = 4, MinAspect = 0.45, MaxAspect = 0.75;

    private readonly double scaleX, scale;

    private MapView(GeoBounds region)
    {
        Region = region;
        var k = Math.Cos((region.MinLat + region.MaxLat) / 2 * Math.PI / 180);
        scaleX = k;
        scale = Width / ((region.MaxLon - region.MinLon) * k);
        Height = (region.MaxLat - region.MinLat) * scale;
    }

    /// <summary>The box shown.</summary>
    public GeoBounds Region { get; }

    /// <summary>Height of the drawing in SVG units.</summary>
    public double Height { get; }

    /// <summary>A view of the points, padded, at least <c>28° × 16°</c>, with a height between 0.45 and 0.75 of its width.</summary>
    public static MapView Around(IEnumerable<GeoPoint> points)
    {
        var box = GeoBounds.Of(points) ?? DefaultRegion;
        var (lat0, lat1) = Grow(box.MinLat - Pad, box.MaxLat + Pad, MinLatSpan);
        var (lon0, lon1) = Grow(box.MinLon - Pad, box.MaxLon + Pad, MinLonSpan);
        var k = Math.Cos((lat0 + lat1) / 2 * Math.PI / 180);
        var aspect = (lat1 - lat0) / ((lon1 - lon0) * k);
        if (aspect < MinAspect)
            (lat0, lat1) = Grow(lat0, lat1, MinAspect * (lon1 - lon0) * k);
        else if (aspect > MaxAspect)
            (lon0, lon1) = Grow(lon0, lon1, (lat1 - lat0) / MaxAspect / k);
        return new MapView(new GeoBounds(Math.Max(-85, lat0), Math.Min(85, lat1), Math.Max(-180, lon0), Math.Min(180, lon1)));
    }

    /// <summary>The SVG position of a point (x to the east, y to the south).</summary>
    public (double X, double Y) Project(GeoPoint p) =>
        ((p.Lon - Region.MinLon) * scaleX * scale, (Region.MaxLat - p.Lat) * scale);

    private static (double, double) Grow(double from, double to, double span)
    {
        if (to - from >= span)
            return (from, to);
        var middle = (from + to) / 2;
        return (middle - (span / 2), middle + (span / 2));
    }
}
