using System.Text;

namespace Marsad.Export;

/// <summary>
/// The coverage view by outlet: a summary row per outlet (events it reported, events it missed), then
/// a row per event with the outlets that reported it and those that covered the same pair in the same
/// month without reporting it (the blindspots). The script recounts the summary for the filtered events.
/// </summary>
internal static partial class HtmlReport
{
    private static void CoverageView(StringBuilder html, PageContext page)
    {
        var rows = Coverage.Of(page.Events, page.Articles.Values);
        html.Append("<section id=\"coverage\"><h2>التغطية حسب المصدر <span class=\"en\">Coverage by outlet</span></h2>\n")
            .Append("<p class=\"legend\">لكل حدث: المصادر التي نقلته، والمصادر التي غطّت الثنائي نفسه في الشهر نفسه ولم تنقله (نقاط عمياء). ")
            .Append("<span class=\"en\">For each event: the outlets that reported it, and the outlets of this corpus that covered the same pair in the same month but not this event (blindspots). Events dated less precisely than a month have none.</span></p>\n");
        OutletSummary(html, rows);
        html.Append("<div class=\"scroll\"><table class=\"coverage\"><thead><tr><th>التاريخ <span class=\"en\">date</span></th>")
            .Append("<th>الحدث <span class=\"en\">event</span></th><th>نقله <span class=\"en\">reported by</span></th>")
            .Append("<th>لم ينقله <span class=\"en\">missed by</span></th></tr></thead><tbody>\n");
        foreach (var row in rows)
        {
            var e = row.Event;
            html.Append("<tr data-id=\"").Append(E(e.Id)).Append("\" data-reported=\"").Append(E(string.Join('|', row.Reported)))
                .Append("\" data-missed=\"").Append(E(string.Join('|', row.Missed))).Append("\"><td><a href=\"#").Append(E(Anchor(e.Id))).Append("\">")
                .Append(Bdi(DateText(e.When), "ltr")).Append("</a></td><td>").Append(E(DisplayLabels.Arabic("type", e.Type.Name) ?? e.Type.Name))
                .Append(" · ").Append(string.Join("، ", e.Countries.Select(c => Bdi(page.CountryName(c))))).Append("</td><td>")
                .Append(Chips(row.Reported, "outlet")).Append("</td><td>");
            html.Append(row.Missed.Count > 0 ? Chips(row.Missed, "outlet missed")
                : row.Months.Count == 0 ? "<span class=\"muted\">تاريخ غير دقيق <span class=\"en\">date too vague</span></span>" : "—");
            html.Append("</td></tr>\n");
        }
        html.Append("</tbody></table></div></section>\n");
    }

    private static void OutletSummary(StringBuilder html, IReadOnlyList<EventCoverage> rows)
    {
        html.Append("<div class=\"scroll\"><table class=\"outlets\"><thead><tr><th>المصدر <span class=\"en\">outlet</span></th>")
            .Append("<th>نقل <span class=\"en\">reported</span></th><th>فاته <span class=\"en\">missed</span></th></tr></thead><tbody>\n");
        foreach (var (outlet, reported, missed) in Coverage.ByOutlet(rows))
        {
            html.Append("<tr data-outlet=\"").Append(E(outlet)).Append("\"><td>").Append(Bdi(outlet)).Append("</td><td class=\"n-reported\">")
                .Append(Num(reported)).Append("</td><td class=\"n-missed\">").Append(Num(missed)).Append("</td></tr>\n");
        }
        html.Append("</tbody></table></div>\n");
    }

    private static string Chips(IEnumerable<string> outlets, string cssClass) =>
        string.Concat(outlets.Select(o => $"<span class=\"chip {cssClass}\">{Bdi(o)}</span>"));
}
