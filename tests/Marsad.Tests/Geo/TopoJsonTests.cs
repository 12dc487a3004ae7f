using Marsad.Geo;

namespace Marsad.Tests.Geo;

public class TopoJsonTests
{
    // Two squares sharing an edge (arc 1), the second using it reversed (~1 = -2), quantised and
    // delta-encoded as the TopoJSON specification writes arcs.
    private const string Topology = """
        {"type":"Topology","transform":{"scale":[1,2],"translate":[10,20]},
         "objects":{"countries":{"type":"GeometryCollection","geometries":[
           {"type":"Polygon","id":"001","properties":{"name":"West"},"arcs":[[0,1]]},
           {"type":"MultiPolygon","id":"002","properties":{"name":"East"},"arcs":[[[2,-2]]]},
           {"type":"Polygon","properties":{"name":"No id"},"arcs":[[3]]}]}},
         "arcs":[[[1,0],[-1,0],[0,1],[1,0]],[[1,1],[0,-1]],[[1,1],[1,0],[0,-1],[-1,0]],[[5,5],[1,0],[0,1],[-1,-1]]]}
        """;

    [Fact]
    public void Arcs_are_summed_scaled_and_joined_and_negative_indices_reverse_them()
    {
        var features = TopoJson.Read(Topology, "countries");
        Assert.Equal(["West", "East", "No id"], features.Select(f => f.Name));
        var west = features[0].Rings.Single();
        // arc 0: (1,0) (0,0) (0,1) (1,1) -> lon = x + 10, lat = 2y + 20; arc 1 starts where arc 0 ends.
        Assert.Equal(new GeoPoint(20, 11), west[0]);
        Assert.Equal(new GeoPoint(20, 10), west[1]);
        Assert.Equal(new GeoPoint(22, 11), west[3]);
        Assert.Equal(new GeoPoint(20, 11), west[^1]);
        Assert.Equal(5, west.Count);
        var east = features[1].Rings.Single();
        Assert.Equal(new GeoPoint(22, 11), east[^1]);   // arc 1 reversed ends at its first point
        Assert.Equal(new GeoPoint(22, 12), east[1]);
        Assert.Equal("002", features[1].Id);
        Assert.Null(features[2].Id);
        Assert.Equal(new GeoBounds(20, 22, 10, 11), features[0].Bounds);
    }

    [Fact]
    public void The_view_keeps_every_point_inside_and_north_up()
    {
        var moscow = new GeoPoint(55.76, 37.62);
        var damascus = new GeoPoint(33.51, 36.29);
        var view = MapView.Around([moscow, damascus]);
        foreach (var p in new[] { moscow, damascus })
        {
            var (x, y) = view.Project(p);
            Assert.InRange(x, 0, MapView.Width);
            Assert.InRange(y, 0, view.Height);
        }
        Assert.True(view.Project(moscow).Y < view.Project(damascus).Y);
        Assert.InRange(view.Height / MapView.Width, 0.45, 0.75 + 1e-9);
        var empty = MapView.Around([]);
        Assert.Equal(MapView.DefaultRegion.MinLon - 4, empty.Region.MinLon, 6);
    }
}
