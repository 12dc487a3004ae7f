using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Marsad.Events;
using Marsad.Store;
using Marsad.Time;

namespace Marsad.Export;

internal sealed record HtmlReportOptions
{
    public string Title { get; init; } = "مرصد · Marsad — timeline report";

    /// <summary>
    /// When set (e.g. "" for the same origin), the filter box asks the REST API
    /// (<c>{ApiBase}/api/events?country=..&amp;type=..</c>) which events match instead of filtering in the page.
    /// </summary>
    public string? ApiBase { get; init; }

    /// <summary>
    /// When set (a server's path, e.g. "/assets"), the page links its style sheet and script
    /// (<see cref="HtmlReport.StyleFile"/>, <see cref="HtmlReport.ScriptFile"/>) from there instead of
    /// inlining them, so that it runs under a Content-Security-Policy without inline code.
    /// </summary>
    public string? AssetBase { get; init; }
}

/// <summary>
/// One self-contained HTML file (no external assets): corpus statistics, the timeline, a chart of
/// events per country pair over time, and one card per event with its sources side by side.
/// Right-to-left Arabic with English labels; every text from the corpus is HTML-escaped. The file
/// carries a Content-Security-Policy that runs only its own style sheet and script (by hash); a
/// server links them as files instead (<see cref="HtmlReportOptions.AssetBase"/>).
/// </summary>
internal static partial class HtmlReport
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(AnalysisSnapshot snapshot, HtmlReportOptions? options = null)
    {
        options ??= new HtmlReportOptions();
        var events = TimelineQuery.Chronological(snapshot.Events);
        var articles = snapshot.Articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        if (options.AssetBase is null)
            html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(E(InlinePolicy)).Append("\">\n");
        html.Append("<title>").Append(E(options.Title)).Append("</title>\n");
        html.Append(options.AssetBase is { } assets
            ? $"<link rel=\"stylesheet\" href=\"{E(assets)}/{StyleFile}\">\n"
            : $"<style>{Css}</style>\n");
        html.Append("</head>\n<body").Append(options.ApiBase is { } api ? $" data-api=\"{E(api)}\"" : "").Append(">\n");

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
        html.Append(options.AssetBase is { } scripts ? $"<script src=\"{E(scripts)}/{ScriptFile}\"></script>\n" : $"<script>{Script}</script>\n")
            .Append("</body>\n</html>\n");
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
        foreach (var t in events.Select(e => e.Type.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            html.Append("<option value=\"").Append(E(t)).Append("\">").Append(E(DisplayLabels.Both("type", t))).Append("</option>");
        html.Append("</select></label><span id=\"f-count\" class=\"count\" dir=\"ltr\"></span></section>\n");
    }

    private static void Timeline(StringBuilder html, IReadOnlyList<Event> events)
    {
        html.Append("<section id=\"timeline\"><h2>الخط الزمني <span class=\"en\">Timeline</span></h2>\n<ol class=\"timeline\">\n");
        foreach (var e in events)
        {
            html.Append("<li").Append(FilterAttributes(e)).Append("><a href=\"#").Append(E(Anchor(e.Id))).Append("\">")
                .Append("<span class=\"when\" dir=\"ltr\">").Append(E(DateText(e.When))).Append("</span>")
                .Append("<span class=\"what\">").Append(E(DisplayLabels.Arabic("type", e.Type.Name) ?? e.Type.Name))
                .Append(e.Mode is null ? "" : " · " + E(DisplayLabels.Arabic("mode", e.Mode.Value.Name) ?? e.Mode.Value.Name)).Append("</span>")
                .Append("<span class=\"who\">").Append(E(ShortParticipants(e))).Append("</span>")
                .Append("<span class=\"where\">").Append(E(PlaceText(e.Where))).Append("</span>")
                .Append("<span class=\"nsrc\">").Append(e.Sources.Count).Append(" <span class=\"en\">src</span></span>")
                .Append(StatusBadge(e.Status)).Append("</a></li>\n");
        }
        html.Append("</ol></section>\n");
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
        $" data-id=\"{E(e.Id)}\" data-countries=\"{E(string.Join(' ', e.Countries.Append(e.Where?.Country ?? "").Where(c => c.Length > 0).Distinct()))}\" data-type=\"{E(e.Type.Name)}\"";

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

}
