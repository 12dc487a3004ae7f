using System.Globalization;
using System.Text;
using Marsad.Geo;

namespace Marsad.Export;

/// <summary>
/// The map: the states of the region the events happened in, drawn from the shipped 1:110m atlas, and
/// a mark per place sized by its number of events. Rendered here as SVG, so it works offline and
/// without any script; the page's script only hides marks and resizes them as the filters change.
/// </summary>
internal static partial class HtmlReport
{
    /// <summary>A mark's radius: <c>MarkBase + MarkStep × √events</c> (the script uses the same numbers).</summary>
    private const double MarkBase = 5, MarkStep = 2.5;

    /// <summary>The places that get a name beside their mark (the busiest); the others have it as their tooltip.</summary>
    private const int LabelledMarks = 12;

    private static void Map(StringBuilder html, PageContext page)
    {
        var marks = page.Marks;
        html.Append("<section id=\"map\"><h2>خريطة الأحداث حسب المكان <span class=\"en\">Map of events by place</span></h2>\n");
        var view = MapView.Around(marks.Marks.Select(m => m.Place.Point));
        html.Append("<div class=\"map-frame\"><svg class=\"map\" viewBox=\"0 0 ").Append(F(MapView.Width)).Append(' ').Append(F(view.Height))
            .Append("\" role=\"img\" aria-label=\"map of events by place\" direction=\"ltr\">\n")
            .Append("<rect class=\"sea\" x=\"0\" y=\"0\" width=\"").Append(F(MapView.Width)).Append("\" height=\"").Append(F(view.Height)).Append("\"/>\n");
        Land(html, page, view);
        html.Append("<g class=\"marks\">\n");
        foreach (var mark in marks.Marks)
            Mark(html, page, view, mark);
        html.Append("</g>\n<g class=\"place-labels\">");
        foreach (var mark in marks.Marks.Take(LabelledMarks))
        {
            var (x, y) = view.Project(mark.Place.Point);
            html.Append("<text class=\"place\" data-mark=\"").Append(mark.Id).Append("\" x=\"").Append(F(x)).Append("\" y=\"")
                .Append(F(y - Radius(mark.Events.Count) - 4)).Append("\">").Append(E(mark.Place.Name)).Append("</text>");
        }
        html.Append("</g>\n</svg></div>\n<p class=\"legend\"><span class=\"dot\"></span> مكان مسمّى <span class=\"en\">named place</span>")
            .Append(" <span class=\"ring\"></span> الدولة فقط، عند عاصمتها <span class=\"en\">state only, at its capital</span> · ")
            .Append("انقر علامة لعرض أحداثها <span class=\"en\">click a mark to list its events</span> · ")
            .Append("<span id=\"map-unplaced\">").Append(Num(marks.Unplaced.Count)).Append(" بلا مكان <span class=\"en\">without a place</span></span></p></section>\n");
    }

    /// <summary>Every state whose outline reaches into the view; those taking part in an event are marked for the script.</summary>
    private static void Land(StringBuilder html, PageContext page, MapView view)
    {
        var involved = page.Events.SelectMany(e => e.Countries).ToHashSet(StringComparer.Ordinal);
        var shown = new GeoBounds(view.Region.MinLat - 2, view.Region.MaxLat + 2, view.Region.MinLon - 2, view.Region.MaxLon + 2);
        html.Append("<g class=\"land\">\n");
        foreach (var country in WorldAtlas.Default.Countries.Where(c => c.Bounds.Intersects(shown)).OrderBy(c => c.Iso3, StringComparer.Ordinal))
        {
            var d = PathData(country.Rings, view, shown);
            if (d.Length == 0)
                continue;
            html.Append("<path class=\"c").Append(involved.Contains(country.Iso3) ? " involved" : "").Append("\" data-iso=\"").Append(E(country.Iso3))
                .Append("\" d=\"").Append(d).Append("\"><title>").Append(E(page.CountryName(country.Iso3))).Append("</title></path>\n");
        }
        html.Append("</g>\n");
    }

    private static void Mark(StringBuilder html, PageContext page, MapView view, MapMark mark)
    {
        var (x, y) = view.Project(mark.Place.Point);
        var name = mark.Place.Country is { } c ? $"{mark.Place.Name} ({page.CountryName(c)})" : mark.Place.Name;
        var n = mark.Events.Count.ToString(CultureInfo.InvariantCulture);
        html.Append("<g class=\"mark").Append(mark.Approximate ? " approx" : "").Append("\" id=\"").Append(mark.Id)
            .Append("\" data-ids=\"").Append(E(string.Join(' ', mark.Events.Select(e => e.Id)))).Append("\" data-name=\"").Append(E(name))
            .Append("\" tabindex=\"0\" role=\"button\" aria-label=\"").Append(E($"{name}: {n}")).Append("\">")
            .Append("<circle cx=\"").Append(F(x)).Append("\" cy=\"").Append(F(y)).Append("\" r=\"").Append(F(Radius(mark.Events.Count))).Append("\"/>")
            .Append("<text class=\"count\" x=\"").Append(F(x)).Append("\" y=\"").Append(F(y + 4)).Append("\">").Append(n).Append("</text>")
            .Append("<title>").Append(E($"{name} · {n}")).Append("</title></g>\n");
    }

    private static double Radius(int events) => MarkBase + (MarkStep * Math.Sqrt(events));

    /// <summary>SVG path data of the rings that reach into the shown box, one decimal, repeated points dropped.</summary>
    private static string PathData(IReadOnlyList<IReadOnlyList<Geo.GeoPoint>> rings, MapView view, GeoBounds shown)
    {
        var d = new StringBuilder();
        foreach (var ring in rings)
        {
            if (ring.Count < 3 || GeoBounds.Of(ring) is not { } box || !box.Intersects(shown))
                continue;
            string? last = null;
            foreach (var p in ring)
            {
                var (x, y) = view.Project(p);
                var xy = F(x) + "," + F(y);
                if (xy == last)
                    continue;
                d.Append(last is null ? "M" : " ").Append(xy);
                last = xy;
            }
            d.Append('Z');
        }
        return d.ToString();
    }
}
