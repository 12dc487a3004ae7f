using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Marsad.Events;
using Marsad.Store;
using Marsad.Time;

namespace Marsad.Export;

public sealed record HtmlReportOptions
{
    public string Title { get; init; } = "مرصد · Marsad — timeline report";

    /// <summary>
    /// When set (e.g. "" for the same origin), the filter box asks the REST API
    /// (<c>{ApiBase}/api/events?country=..&amp;type=..</c>) which events match instead of filtering in the page.
    /// </summary>
    public string? ApiBase { get; init; }
}

/// <summary>
/// One self-contained HTML file (no external assets): corpus statistics, the timeline, a chart of
/// events per country pair over time, and one card per event with its sources side by side.
/// Right-to-left Arabic with English labels; every text from the corpus is HTML-escaped.
/// </summary>
public static class HtmlReport
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(AnalysisSnapshot snapshot, HtmlReportOptions? options = null)
    {
        options ??= new HtmlReportOptions();
        var events = TimelineQuery.Chronological(snapshot.Events);
        var articles = snapshot.Articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(options.Title)).Append("</title>\n")
            .Append("<style>").Append(Css).Append("</style>\n</head>\n<body>\n");
        if (options.ApiBase is not null)
            html.Append("<script>window.MARSAD_API = ").Append(JsString(options.ApiBase)).Append(";</script>\n");

        Header(html, snapshot, events, options);
        Filters(html, events);
        PairChart(html, events);
        Timeline(html, events);
        html.Append("<section id=\"events\"><h2>الأحداث <span class=\"en\">Events</span></h2>\n");
        foreach (var e in events)
            Card(html, e, articles);
        if (events.Count == 0)
            html.Append("<p class=\"empty\">لا أحداث <span class=\"en\">No events</span></p>\n");
        html.Append("</section>\n");
        html.Append("<footer>Marsad · ").Append(E(snapshot.AnalyzedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)))
            .Append(" UTC</footer>\n");
        html.Append("<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>HTML-escapes text for element content and attribute values.</summary>
    public static string E(string? text) => text is null ? "" : Encoder.Encode(text);

    private static void Header(StringBuilder html, AnalysisSnapshot snapshot, IReadOnlyList<Event> events, HtmlReportOptions options)
    {
        var outlets = snapshot.Articles.Select(a => a.Outlet).OfType<string>().Distinct(StringComparer.Ordinal).Count();
        var countries = events.SelectMany(e => e.Countries).Distinct(StringComparer.Ordinal).Count();
        var dated = events.Select(e => e.When).OfType<DateInterval>().ToArray();
        var span = dated.Length == 0 ? "—" : $"{dated.Min(d => d.From):yyyy-MM-dd} … {dated.Max(d => d.To):yyyy-MM-dd}";
        var sourced = events.Count(e => e.Sources.Count > 1);
        html.Append("<header class=\"top\"><h1>").Append(E(options.Title)).Append("</h1>\n<div class=\"stats\">");
        Stat(html, "مقالات", "articles", snapshot.Articles.Count.ToString(CultureInfo.InvariantCulture));
        Stat(html, "مصادر", "outlets", outlets.ToString(CultureInfo.InvariantCulture));
        Stat(html, "أحداث", "events", events.Count.ToString(CultureInfo.InvariantCulture));
        Stat(html, "بأكثر من مصدر", "multi-source", sourced.ToString(CultureInfo.InvariantCulture));
        Stat(html, "دول", "countries", countries.ToString(CultureInfo.InvariantCulture));
        Stat(html, "الفترة", "span", span);
        html.Append("</div></header>\n");
    }

    private static void Stat(StringBuilder html, string ar, string en, string value) =>
        html.Append("<div class=\"stat\"><b dir=\"ltr\">").Append(E(value)).Append("</b><span>").Append(E(ar))
            .Append(" <span class=\"en\">").Append(E(en)).Append("</span></span></div>");

    private static void Filters(StringBuilder html, IReadOnlyList<Event> events)
    {
        html.Append("<section id=\"filters\"><label>الدولة <span class=\"en\">Country</span> ")
            .Append("<input id=\"f-country\" type=\"search\" dir=\"ltr\" placeholder=\"SYR, RUS …\" list=\"countries\"></label>")
            .Append("<datalist id=\"countries\">");
        foreach (var c in events.SelectMany(e => e.Countries).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            html.Append("<option value=\"").Append(E(c)).Append("\">");
        html.Append("</datalist><label>النوع <span class=\"en\">Type</span> <select id=\"f-type\"><option value=\"\">الكل · all</option>");
        foreach (var t in events.Select(e => e.Type).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            html.Append("<option value=\"").Append(E(t)).Append("\">").Append(E(DisplayLabels.Both("type", t))).Append("</option>");
        html.Append("</select></label><span id=\"f-count\" class=\"count\" dir=\"ltr\"></span></section>\n");
    }

    private static void PairChart(StringBuilder html, IReadOnlyList<Event> events)
    {
        var pairs = PairStats.Summarize(events);
        var dated = events.Where(e => e.When is not null).ToDictionary(e => e.Id, e => e.When!.Value, StringComparer.Ordinal);
        html.Append("<section id=\"pairs\"><h2>الأحداث حسب ثنائيات الدول عبر الزمن <span class=\"en\">Events per country pair over time</span></h2>\n");
        if (pairs.Count == 0 || dated.Count == 0)
        {
            html.Append("<p class=\"empty\">لا بيانات <span class=\"en\">No dated events between two countries</span></p></section>\n");
            return;
        }
        var min = dated.Values.Min(d => d.From);
        var max = dated.Values.Max(d => d.To);
        // Pad the axis to whole months so marks never sit on the frame.
        var start = new DateOnly(min.Year, min.Month, 1);
        var end = new DateOnly(max.Year, max.Month, 1).AddMonths(1).AddDays(-1);
        const int labelWidth = 120, plotWidth = 820, rowHeight = 28, top = 24, right = 16;
        var height = top + (pairs.Count * rowHeight) + 8;
        var totalDays = Math.Max(1, end.DayNumber - start.DayNumber + 1);
        double X(DateOnly d) => labelWidth + ((double)(d.DayNumber - start.DayNumber) / totalDays * plotWidth);
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        html.Append("<svg class=\"chart\" role=\"img\" aria-label=\"events per country pair over time\" viewBox=\"0 0 ")
            .Append(labelWidth + plotWidth + right).Append(' ').Append(height).Append("\" direction=\"ltr\">\n");
        foreach (var (tick, label) in Ticks(start, end))
        {
            html.Append("<line class=\"grid\" x1=\"").Append(F(X(tick))).Append("\" x2=\"").Append(F(X(tick)))
                .Append("\" y1=\"").Append(top - 6).Append("\" y2=\"").Append(height - 4).Append("\"/>")
                .Append("<text class=\"tick\" x=\"").Append(F(X(tick) + 3)).Append("\" y=\"").Append(top - 10).Append("\">")
                .Append(E(label)).Append("</text>\n");
        }
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            var y = top + (i * rowHeight) + (rowHeight / 2);
            html.Append("<g class=\"pair\" data-countries=\"").Append(E($"{pair.Pair.First} {pair.Pair.Second}")).Append("\">")
                .Append("<line class=\"row\" x1=\"").Append(labelWidth).Append("\" x2=\"").Append(labelWidth + plotWidth)
                .Append("\" y1=\"").Append(y).Append("\" y2=\"").Append(y).Append("\"/>")
                .Append("<text class=\"label\" x=\"4\" y=\"").Append(y + 4).Append("\">").Append(E(pair.Pair.ToString()))
                .Append(" (").Append(pair.Count).Append(")</text>");
            foreach (var id in pair.EventIds)
            {
                if (!dated.TryGetValue(id, out var when))
                    continue;
                var e = events.First(x => x.Id == id);
                var tip = $"{when} · {e.Type}{(e.Mode is null ? "" : "/" + e.Mode)} · {id}";
                html.Append("<a href=\"#").Append(E(Anchor(id))).Append("\">");
                if (when.IsDay)
                {
                    html.Append("<circle class=\"mark t-").Append(E(e.Type)).Append("\" cx=\"").Append(F(X(when.From) + 1))
                        .Append("\" cy=\"").Append(y).Append("\" r=\"5\">");
                }
                else
                {
                    // An interval is drawn as a bar over every day it allows: the date is not pinned down.
                    var x1 = X(when.From);
                    var w = Math.Max(6, X(when.To.AddDays(1)) - x1);
                    html.Append("<rect class=\"mark range t-").Append(E(e.Type)).Append("\" x=\"").Append(F(x1))
                        .Append("\" y=\"").Append(y - 5).Append("\" width=\"").Append(F(w)).Append("\" height=\"10\" rx=\"5\">");
                }
                html.Append("<title>").Append(E(tip)).Append("</title>").Append(when.IsDay ? "</circle>" : "</rect>").Append("</a>");
            }
            html.Append("</g>\n");
        }
        html.Append("</svg>\n<p class=\"legend\"><span class=\"dot\"></span> يوم محدد <span class=\"en\">known day</span>")
            .Append(" <span class=\"bar\"></span> فترة ممكنة <span class=\"en\">possible interval (day not known)</span></p></section>\n");
    }

    /// <summary>Year ticks, or month ticks when the span is short enough to read them.</summary>
    private static IEnumerable<(DateOnly Tick, string Label)> Ticks(DateOnly start, DateOnly end)
    {
        var months = ((end.Year - start.Year) * 12) + end.Month - start.Month + 1;
        if (months <= 18)
        {
            for (var d = start; d <= end; d = d.AddMonths(1))
                yield return (d, d.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            yield break;
        }
        var step = months <= 12 * 12 ? 1 : 5;
        for (var year = start.Year + (start.Month == 1 && start.Day == 1 ? 0 : 1); year <= end.Year; year += step)
            yield return (new DateOnly(year, 1, 1), year.ToString(CultureInfo.InvariantCulture));
    }

    private static void Timeline(StringBuilder html, IReadOnlyList<Event> events)
    {
        html.Append("<section id=\"timeline\"><h2>الخط الزمني <span class=\"en\">Timeline</span></h2>\n<ol class=\"timeline\">\n");
        foreach (var e in events)
        {
            html.Append("<li").Append(FilterAttributes(e)).Append("><a href=\"#").Append(E(Anchor(e.Id))).Append("\">")
                .Append("<span class=\"when\" dir=\"ltr\">").Append(E(DateText(e.When))).Append("</span>")
                .Append("<span class=\"what\">").Append(E(DisplayLabels.Arabic("type", e.Type) ?? e.Type))
                .Append(e.Mode is null ? "" : " · " + E(DisplayLabels.Arabic("mode", e.Mode) ?? e.Mode)).Append("</span>")
                .Append("<span class=\"who\">").Append(E(ShortParticipants(e))).Append("</span>")
                .Append("<span class=\"where\">").Append(E(PlaceText(e.Where))).Append("</span>")
                .Append("<span class=\"nsrc\">").Append(e.Sources.Count).Append(" <span class=\"en\">src</span></span>")
                .Append(StatusBadge(e.Status)).Append("</a></li>\n");
        }
        html.Append("</ol></section>\n");
    }

    private static void Card(StringBuilder html, Event e, IReadOnlyDictionary<string, ArticleSummary> articles)
    {
        var cameo = CameoTable.Default.Find(e.Cameo);
        html.Append("<article class=\"card\" id=\"").Append(E(Anchor(e.Id))).Append('"').Append(FilterAttributes(e)).Append(">\n<header>")
            .Append("<span class=\"when\" dir=\"ltr\">").Append(E(DateText(e.When))).Append("</span>")
            .Append("<span class=\"type\">").Append(E(DisplayLabels.Both("type", e.Type))).Append("</span>");
        if (e.Mode is not null)
            html.Append("<span class=\"mode\">").Append(E(DisplayLabels.Both("mode", e.Mode))).Append("</span>");
        html.Append("<span class=\"cameo\" dir=\"ltr\">CAMEO ").Append(E(e.Cameo)).Append(cameo is null ? "" : " " + E(cameo.Name))
            .Append(" · Goldstein ").Append(E(e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture))).Append("</span>")
            .Append(StatusBadge(e.Status))
            .Append("<code class=\"id\" dir=\"ltr\">").Append(E(e.Id)).Append("</code></header>\n<dl class=\"facts\">");
        html.Append("<dt>التاريخ <span class=\"en\">When</span></dt><dd><span dir=\"ltr\">").Append(E(DateText(e.When))).Append("</span>");
        if (e.When is { IsDay: false } w)
            html.Append(" <span class=\"en\" dir=\"ltr\">(").Append(w.Days).Append(" days; exact day unknown)</span>");
        html.Append("</dd>");
        Fact(html, "المكان", "Where", PlaceText(e.Where));
        html.Append("<dt>المشاركون <span class=\"en\">Participants</span></dt><dd><ul class=\"people\">");
        foreach (var p in e.Participants)
        {
            var name = p.Actor.Name ?? DisplayLabels.CountryName(p.Actor.Country);
            html.Append("<li><b>").Append(E(name ?? p.Actor.Country ?? "?")).Append("</b>");
            var role = DisplayLabels.Both("role", p.Actor.Role);
            if (role.Length > 0)
                html.Append(" — ").Append(E(role));
            if (p.Actor.Country is not null && name is not null)
                html.Append(" <span class=\"cc\" dir=\"ltr\">").Append(E(p.Actor.Country)).Append("</span>");
            html.Append(" <span class=\"side\">").Append(E(DisplayLabels.Both("side", ExchangeJson.SideName(p.Side)))).Append("</span></li>");
        }
        html.Append("</ul></dd>");
        if (e.Topics.Count > 0)
            Fact(html, "المواضيع", "Topics", string.Join("، ", e.Topics));
        html.Append("</dl>\n");
        foreach (var q in e.Quotes)
        {
            html.Append("<blockquote><p>«").Append(E(q.Text)).Append("»</p><cite>")
                .Append(E(q.Speaker?.Name ?? "?")).Append(" <span class=\"cc\" dir=\"ltr\">").Append(E(q.ArticleId)).Append("</span></cite></blockquote>\n");
        }
        var reports = SourceComparison.Of(e, articles.Values);
        html.Append("<h3>المصادر <span class=\"en\">Sources (").Append(reports.Count).Append(")</span></h3>\n<div class=\"sources\">");
        foreach (var r in reports)
        {
            html.Append("<section class=\"source\"><h4>").Append(E(r.Outlet ?? "مصدر غير معروف")).Append(r.Outlet is null ? " <span class=\"en\">unknown outlet</span>" : "")
                .Append("</h4><p class=\"meta\"><code dir=\"ltr\">").Append(E(r.ArticleId)).Append("</code> · نُشر <span class=\"en\">published</span> <span dir=\"ltr\">")
                .Append(E(r.Published is null ? "?" : DateText(r.Published))).Append("</span></p>");
            if (r.Article?.Headline is { Length: > 0 } headline)
                html.Append("<p class=\"headline\">").Append(E(headline)).Append("</p>");
            var said = new List<string>();
            if (r.WhenTexts.Count > 0)
                said.Add($"«{string.Join("»، «", r.WhenTexts)}»" + (r.Dates.Count > 0 ? $" → {string.Join(", ", r.Dates)}" : ""));
            if (r.Places.Count > 0)
                said.Add(string.Join("، ", r.Places));
            if (r.Modes.Count > 0)
                said.Add(string.Join("، ", r.Modes.Select(m => DisplayLabels.Arabic("mode", m) ?? m)));
            if (said.Count > 0)
                html.Append("<p class=\"said\">").Append(E(string.Join(" · ", said))).Append("</p>");
            foreach (var m in r.Mentions.Where(m => m.EvidenceText.Length > 0))
                html.Append("<p class=\"evidence\">").Append(Highlight(m.EvidenceText, m.TriggerText)).Append("</p>");
            html.Append("</section>");
        }
        html.Append("</div>\n</article>\n");
    }

    private static void Fact(StringBuilder html, string ar, string en, string value) =>
        html.Append("<dt>").Append(E(ar)).Append(" <span class=\"en\">").Append(E(en)).Append("</span></dt><dd>").Append(E(value)).Append("</dd>");

    /// <summary>The evidence sentence with the trigger word marked; both parts escaped.</summary>
    private static string Highlight(string evidence, string trigger)
    {
        var at = trigger.Length == 0 ? -1 : evidence.IndexOf(trigger, StringComparison.Ordinal);
        if (at < 0)
            return E(evidence);
        return E(evidence[..at]) + "<mark>" + E(trigger) + "</mark>" + E(evidence[(at + trigger.Length)..]);
    }

    private static string FilterAttributes(Event e) =>
        $" data-id=\"{E(e.Id)}\" data-countries=\"{E(string.Join(' ', e.Countries.Append(e.Where?.Country ?? "").Where(c => c.Length > 0).Distinct()))}\" data-type=\"{E(e.Type)}\"";

    private static string StatusBadge(EventStatus status) => status == EventStatus.Occurred
        ? ""
        : $"<span class=\"status s-{E(ExchangeJson.StatusName(status))}\">{E(DisplayLabels.Both("status", ExchangeJson.StatusName(status)))}</span>";

    /// <summary>A single day, or the whole interval when the day is not known.</summary>
    public static string DateText(DateInterval? when) => when switch
    {
        null => "?",
        { IsDay: true } d => d.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        { } d => $"{d.From:yyyy-MM-dd} … {d.To:yyyy-MM-dd}",
    };

    private static string PlaceText(Place? where) => where switch
    {
        null => "—",
        { Name: { } name, Country: { } c } => $"{name} ({DisplayLabels.CountryName(c) ?? c})",
        { Name: { } name } => name,
        { Country: { } c } => DisplayLabels.CountryName(c) ?? c,
        _ => "—",
    };

    private static string ShortParticipants(Event e)
    {
        var names = e.Participants.Select(p => p.Actor.Name ?? DisplayLabels.CountryName(p.Actor.Country) ?? p.Actor.Country).OfType<string>().Distinct().ToArray();
        return names.Length == 0 ? "—" : string.Join("، ", names);
    }

    /// <summary>HTML id for an event: ids may hold any character, so keep a safe subset.</summary>
    public static string Anchor(string id)
    {
        var safe = new StringBuilder("ev-");
        foreach (var c in id)
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        return safe.ToString();
    }

    private static string JsString(string value) =>
        System.Text.Json.JsonSerializer.Serialize(value, new System.Text.Json.JsonSerializerOptions { Encoder = JavaScriptEncoder.Default });

    private const string Css = """
        :root{--ink:#1f2933;--muted:#61707d;--line:#d9e0e6;--bg:#f6f8fa;--card:#fff;--accent:#0b6e6e;--range:#c9822b}
        *{box-sizing:border-box}
        body{margin:0;font-family:"Noto Naskh Arabic","Noto Sans Arabic","Segoe UI",Tahoma,Arial,sans-serif;color:var(--ink);background:var(--bg);line-height:1.6}
        body>*{max-width:1180px;margin-inline:auto;padding-inline:20px}
        .en{font-family:"Segoe UI",Arial,sans-serif;color:var(--muted);font-size:.82em;font-weight:normal}
        header.top{padding-block:18px 8px}
        h1{font-size:1.6em;margin:0 0 12px}
        h2{font-size:1.2em;border-bottom:2px solid var(--line);padding-bottom:4px;margin-top:28px}
        h3{font-size:1em;margin:14px 0 6px}
        .stats{display:flex;flex-wrap:wrap;gap:10px}
        .stat{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:110px}
        .stat b{display:block;font-size:1.35em;color:var(--accent)}
        #filters{display:flex;flex-wrap:wrap;gap:16px;align-items:center;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin-top:14px;position:sticky;top:0;z-index:2}
        #filters input,#filters select{font:inherit;padding:3px 8px;border:1px solid var(--line);border-radius:6px;margin-inline-start:6px}
        .count{color:var(--muted);margin-inline-start:auto}
        svg.chart{width:100%;height:auto;background:var(--card);border:1px solid var(--line);border-radius:8px;font-family:"Segoe UI",Arial,sans-serif}
        svg .grid{stroke:#eef1f4} svg .row{stroke:var(--line)} svg .tick{font-size:11px;fill:var(--muted)} svg .label{font-size:12px;fill:var(--ink)}
        svg .mark{fill:var(--accent);stroke:#fff;stroke-width:1} svg .mark.range{fill:var(--range);fill-opacity:.55;stroke:var(--range)}
        .legend{color:var(--muted);font-size:.9em}
        .legend .dot{display:inline-block;width:10px;height:10px;border-radius:50%;background:var(--accent)}
        .legend .bar{display:inline-block;width:28px;height:10px;border-radius:5px;background:var(--range);opacity:.6;margin-inline-start:12px}
        ol.timeline{list-style:none;padding:0;margin:0;background:var(--card);border:1px solid var(--line);border-radius:8px}
        ol.timeline li a{display:grid;grid-template-columns:210px 150px 1fr 170px 60px auto;gap:10px;padding:6px 12px;border-bottom:1px solid var(--line);color:inherit;text-decoration:none}
        ol.timeline li:last-child a{border-bottom:0}
        ol.timeline li a:hover{background:#eef6f6}
        .when{font-family:"Segoe UI",Arial,sans-serif;font-variant-numeric:tabular-nums;text-align:right;unicode-bidi:isolate}
        .nsrc{color:var(--muted)}
        .card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 18px;margin:14px 0}
        .card>header{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:baseline;border-bottom:1px solid var(--line);padding-bottom:8px}
        .card>header .when{font-weight:bold;font-size:1.1em}
        .card>header .type{font-weight:bold;color:var(--accent)}
        .card>header .cameo,.card .id,.cc,.meta code{font-family:"Segoe UI",Arial,monospace;font-size:.8em;color:var(--muted)}
        .card .id{margin-inline-start:auto}
        .status{background:#fff3cd;border:1px solid #e8cf7a;border-radius:4px;padding:0 6px;font-size:.85em}
        .status.s-denied{background:#fde2e1;border-color:#eaa29f}
        dl.facts{display:grid;grid-template-columns:150px 1fr;gap:4px 12px;margin:10px 0}
        dl.facts dt{color:var(--muted)} dl.facts dd{margin:0}
        ul.people{list-style:none;padding:0;margin:0} .side{color:var(--muted);font-size:.85em}
        blockquote{margin:8px 0;padding:6px 14px;border-inline-start:4px solid var(--accent);background:#f3f8f8;border-radius:4px}
        blockquote p{margin:0} blockquote cite{color:var(--muted);font-style:normal;font-size:.9em}
        .sources{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:10px}
        .source{border:1px solid var(--line);border-radius:8px;padding:8px 12px;background:#fbfcfd}
        .source h4{margin:0;color:var(--accent)}
        .source .meta{margin:2px 0;color:var(--muted);font-size:.88em}
        .source .headline{margin:4px 0;font-weight:bold;font-size:.95em}
        .source .said{margin:4px 0;font-size:.9em;color:#3d4b57;background:#f0f3f6;border-radius:4px;padding:2px 6px}
        .evidence{margin:6px 0;font-size:.95em}
        mark{background:#ffe58f;padding:0 2px;border-radius:2px}
        .empty{color:var(--muted)}
        footer{color:var(--muted);font-size:.85em;padding-block:20px}
        [hidden]{display:none!important}
        """;

    private const string Script = """
        (function(){
          var country=document.getElementById('f-country'), type=document.getElementById('f-type'), count=document.getElementById('f-count');
          var items=document.querySelectorAll('[data-id]'), pairs=document.querySelectorAll('g.pair');
          function show(keep){
            var n=0;
            items.forEach(function(el){var ok=keep(el); el.hidden=!ok; if(ok&&el.tagName==='ARTICLE')n++;});
            var c=country.value.trim().toUpperCase();
            pairs.forEach(function(g){g.style.opacity=(!c||(' '+g.dataset.countries+' ').indexOf(' '+c+' ')>=0)?'1':'.25';});
            count.textContent=n+' / '+document.querySelectorAll('article[data-id]').length;
          }
          function local(){
            var c=country.value.trim().toUpperCase(), t=type.value;
            show(function(el){return (!c||(' '+el.dataset.countries+' ').indexOf(' '+c+' ')>=0)&&(!t||el.dataset.type===t);});
          }
          function remote(){
            var q=new URLSearchParams(); if(country.value.trim())q.set('country',country.value.trim()); if(type.value)q.set('type',type.value);
            fetch(window.MARSAD_API+'/api/events?'+q.toString()).then(function(r){return r.json();}).then(function(d){
              var ids=new Set(d.events.map(function(e){return e.id;}));
              show(function(el){return ids.has(el.dataset.id);});
            }).catch(local);
          }
          var run=(typeof window.MARSAD_API==='string')?remote:local;
          country.addEventListener('input',run); type.addEventListener('change',run);
          var initial=new URLSearchParams(location.search);
          if(initial.get('country'))country.value=initial.get('country');
          if(initial.get('type'))type.value=initial.get('type');
          if(country.value||type.value)run(); else local();
        })();
        """;
}
