using System.Text;
using Marsad.Actors;
using Marsad.Events;

namespace Marsad.Export;

/// <summary>
/// The filter panel and the paged event list. Filters work without a server: every card carries
/// what they test (data-countries, data-where, data-type, data-mode, data-status, data-from, data-to,
/// data-precision, data-mark); served pages ask the API instead. Countries are typed as ISO3 codes,
/// English or Arabic names (the hidden country index lists every spelling), several at once.
/// </summary>
internal static partial class HtmlReport
{
    private static void Filters(StringBuilder html, PageContext page)
    {
        var events = page.Events;
        html.Append("<section id=\"filters\" aria-label=\"filters\"><div class=\"grid\">");
        html.Append("<label class=\"wide\"><span class=\"lbl\">الدول <span class=\"en\">countries</span></span>")
            .Append("<input id=\"f-country\" type=\"search\" dir=\"auto\" autocomplete=\"off\" data-unknown=\"دولة غير معروفة:\" list=\"country-list\" placeholder=\"سوريا، Russia، JOR\">")
            .Append("<small>أكثر من دولة: افصل بفاصلة <span class=\"en\">several: separate by commas (any of them)</span></small></label>");
        Select(html, "f-pair", "الثنائي", "pair", PairStats.Summarize(events).Select(p =>
            (p.Pair.ToString(), $"{page.CountryName(p.Pair.First)} – {page.CountryName(p.Pair.Second)}")));
        Select(html, "f-type", "النوع", "type", events.Select(e => e.Type.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(t => (t, DisplayLabels.Both("type", t))));
        Select(html, "f-mode", "الصيغة", "mode", EventMode.All.Select(m => (m.Name, DisplayLabels.Both("mode", m.Name))).Append(("none", "none · بلا صيغة")));
        Select(html, "f-status", "الحالة", "status", new[] { "occurred", "planned", "denied" }.Select(s => (s, DisplayLabels.Both("status", s))));
        html.Append("<label><span class=\"lbl\">من <span class=\"en\">from</span></span><input id=\"f-from\" type=\"date\" dir=\"ltr\"></label>")
            .Append("<label><span class=\"lbl\">إلى <span class=\"en\">to</span></span><input id=\"f-to\" type=\"date\" dir=\"ltr\"></label>")
            .Append("<label class=\"check\"><input id=\"f-within\" type=\"checkbox\"> كامل الفترة داخل المدى <span class=\"en\">whole interval inside</span></label>");
        Select(html, "f-precision", "دقة التاريخ", "date precision", DatePrecisions.All.Select(p => (DatePrecisions.Name(p),
            $"{DisplayLabels.Arabic("precision", DatePrecisions.Name(p))} أو أدق · {DatePrecisions.Name(p)} or better")));
        html.Append("</div><div class=\"actions\"><span id=\"f-place\" class=\"chip\" hidden><span id=\"f-place-name\"></span> ")
            .Append("<button type=\"button\" id=\"f-place-clear\" aria-label=\"clear place\">×</button></span>")
            .Append("<button type=\"button\" id=\"f-reset\">إزالة الفلاتر <span class=\"en\">reset</span></button>")
            .Append("<p id=\"f-error\" class=\"error\" role=\"alert\" hidden></p></div>");
        CountryIndex(html, page);
        html.Append("</section>\n");
    }

    private static void Select(StringBuilder html, string id, string ar, string en, IEnumerable<(string Value, string Label)> options)
    {
        html.Append("<label><span class=\"lbl\">").Append(E(ar)).Append(" <span class=\"en\">").Append(E(en)).Append("</span></span><select id=\"").Append(id)
            .Append("\"><option value=\"\">الكل · all</option>");
        foreach (var (value, label) in options)
            html.Append("<option value=\"").Append(E(value)).Append("\">").Append(E(label)).Append("</option>");
        html.Append("</select></label>");
    }

    /// <summary>
    /// The suggestions (the states of the events, by Arabic name) and, hidden, every spelling of every
    /// state the knowledge base knows, so that the script resolves a name as <see cref="CountryNames"/> does.
    /// </summary>
    private static void CountryIndex(StringBuilder html, PageContext page)
    {
        var present = page.Events.SelectMany(e => e.Countries.Append(e.Where?.Country ?? "")).Where(c => c.Length > 0)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        html.Append("<datalist id=\"country-list\">");
        foreach (var iso3 in present)
        {
            html.Append("<option value=\"").Append(E(DisplayLabels.CountryName(iso3) ?? iso3)).Append("\">")
                .Append(E($"{CountryNames.English(iso3) ?? iso3} · {iso3}")).Append("</option>");
        }
        html.Append("</datalist><div id=\"country-index\" hidden>");
        foreach (var c in KnowledgeBase.Default.Countries.OrderBy(c => c.Iso3, StringComparer.Ordinal))
        {
            var names = new[] { c.Iso3, c.NameEn, c.NameAr }.Concat(c.Aliases).OfType<string>().Distinct(StringComparer.Ordinal);
            html.Append("<i data-iso=\"").Append(E(c.Iso3)).Append("\" data-names=\"").Append(E(string.Join('|', names))).Append("\"></i>");
        }
        html.Append("</div>");
    }

    private static void EventList(StringBuilder html, PageContext page)
    {
        html.Append("<section id=\"events\"><h2>الأحداث <span class=\"en\">Events</span></h2>\n")
            .Append("<p id=\"f-count\" class=\"count\" aria-live=\"polite\" data-of=\"من\" data-label=\"حدثًا\">")
            .Append(Num(page.Events.Count)).Append(" حدثًا <span class=\"en\">events</span></p>\n");
        Pager(html, withSize: true);
        html.Append("<div id=\"cards\">\n");
        foreach (var e in page.Events)
            Card(html, page, e);
        html.Append("</div>\n");
        if (page.Events.Count == 0)
            html.Append("<p class=\"empty\">لا أحداث <span class=\"en\">No events</span></p>\n");
        html.Append("<p id=\"f-none\" class=\"empty\" hidden>لا أحداث تطابق الفلاتر <span class=\"en\">no event matches the filters</span></p>\n");
        Pager(html, withSize: false);
        html.Append("</section>\n");
    }

    /// <summary>Page buttons, shown by the script (without it every card is listed); the first pager also chooses the page size.</summary>
    private static void Pager(StringBuilder html, bool withSize)
    {
        html.Append("<nav class=\"pager\" aria-label=\"pages\" hidden>")
            .Append("<button type=\"button\" class=\"p-prev\">السابق <span class=\"en\">previous</span></button>")
            .Append("<span class=\"p-pos\"><bdi dir=\"ltr\" class=\"p-current\">1</bdi> / <bdi dir=\"ltr\" class=\"p-total\">1</bdi></span>")
            .Append("<button type=\"button\" class=\"p-next\">التالي <span class=\"en\">next</span></button>");
        if (withSize)
        {
            html.Append("<label>لكل صفحة <span class=\"en\">per page</span><select class=\"p-size\" id=\"f-page-size\">")
            .Append(string.Concat(new[] { 10, 20, 50, 100 }.Select(n => $"<option value=\"{n}\">{n}</option>"))).Append("</select></label>");
        }
        html.Append("</nav>\n");
    }

    /// <summary>What the filters test, as data attributes of a card.</summary>
    private static string FilterAttributes(PageContext page, Event e)
    {
        var a = new StringBuilder();
        a.Append(" data-id=\"").Append(E(e.Id)).Append("\" data-countries=\"").Append(E(string.Join(' ', e.Countries)))
            .Append("\" data-where=\"").Append(E(e.Where?.Country)).Append("\" data-type=\"").Append(E(e.Type.Name))
            .Append("\" data-mode=\"").Append(E(e.Mode?.Name)).Append("\" data-status=\"").Append(E(ExchangeJson.StatusName(e.Status))).Append('"');
        if (e.When is { } when)
        {
            a.Append(" data-from=\"").Append(when.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                .Append("\" data-to=\"").Append(when.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
                .Append("\" data-precision=\"").Append((int)DatePrecisions.Of(when)).Append('"');
        }
        if (page.Marks.MarkOf(e.Id) is { } mark)
            a.Append(" data-mark=\"").Append(mark.Id).Append('"');
        return a.ToString();
    }
}
