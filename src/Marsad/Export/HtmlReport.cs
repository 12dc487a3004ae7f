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
    /// When set (e.g. "" for the same origin), the filters ask the REST API
    /// (<c>{ApiBase}/api/events?country=..&amp;type=..</c>) which events match instead of filtering in the page.
    /// The page carries it as the body's data-api attribute.
    /// </summary>
    public string? ApiBase { get; init; }

    /// <summary>
    /// When set (a server's path, e.g. "/assets"), the page links its style sheet and script
    /// (<see cref="HtmlReport.StyleFile"/>, <see cref="HtmlReport.ScriptFile"/>) from there instead of
    /// inlining them, so that it runs under a Content-Security-Policy without inline code.
    /// </summary>
    public string? AssetBase { get; init; }

    /// <summary>Actors, countries and roles by their English names (--names en); Arabic by default.</summary>
    public bool EnglishNames { get; init; }

    /// <summary>Events per page of the list (the reader can change it on the page).</summary>
    public int PageSize { get; init; } = 20;
}

/// <summary>
/// The web page, as one self-contained HTML file (no external assets) or served by `marsad serve`:
/// corpus statistics, filters, the paged list of event cards with their sources side by side, a map
/// of events by place, the coverage (blindspot) view by outlet, and a chart of events per country
/// pair over time. Right-to-left Arabic with English labels; dates, numbers, codes and names are
/// bidi-isolated; every text from the corpus is HTML-escaped. The file carries a
/// Content-Security-Policy that runs only its own style sheet and script (by hash); a server links
/// them as files instead (<see cref="HtmlReportOptions.AssetBase"/>). No inline handlers, no style
/// attributes, no external URL but the sources' own links.
/// </summary>
internal static partial class HtmlReport
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(AnalysisSnapshot snapshot, HtmlReportOptions? options = null)
    {
        options ??= new HtmlReportOptions();
        var page = new PageContext(snapshot, options);
        var html = new StringBuilder(128 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        if (options.AssetBase is null)
            html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(E(InlinePolicy)).Append("\">\n");
        // No favicon request: the page loads nothing but its own style sheet and script.
        html.Append("<title>").Append(E(options.Title)).Append("</title>\n<link rel=\"icon\" href=\"data:,\">\n");
        html.Append(options.AssetBase is { } assets
            ? $"<link rel=\"stylesheet\" href=\"{E(assets)}/{StyleFile}\">\n"
            : $"<style>{Css}</style>\n");
        html.Append("</head>\n<body").Append(options.ApiBase is { } api ? $" data-api=\"{E(api)}\"" : "")
            .Append(" data-page-size=\"").Append(Math.Max(1, options.PageSize)).Append("\"")
            .Append(options.EnglishNames ? " data-names=\"en\"" : "").Append(">\n");

        Header(html, page);
        Navigation(html);
        Filters(html, page);
        EventList(html, page);
        Map(html, page);
        CoverageView(html, page);
        PairChart(html, page.Events);
        html.Append("<footer>Marsad · <bdi dir=\"ltr\">").Append(E(snapshot.AnalyzedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)))
            .Append(" UTC</bdi> · ").Append("الخريطة: Natural Earth (ملك عام) عبر world-atlas <span class=\"en\">map data: Natural Earth (public domain), world-atlas (ISC)</span></footer>\n");
        html.Append(options.AssetBase is { } scripts ? $"<script src=\"{E(scripts)}/{ScriptFile}\"></script>\n" : $"<script>{Script}</script>\n")
            .Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>HTML-escapes text for element content and attribute values.</summary>
    public static string E(string? text) => text is null ? "" : Encoder.Encode(text);

    /// <summary>Text in its own bidi context: <c>&lt;bdi dir="…"&gt;</c>, so Latin digits and Arabic names never reorder their neighbours.</summary>
    private static string Bdi(string? text, string dir = "auto", string? cssClass = null) =>
        $"<bdi dir=\"{dir}\"{(cssClass is null ? "" : $" class=\"{cssClass}\"")}>{E(text)}</bdi>";

    /// <summary>A number, bidi-isolated.</summary>
    private static string Num(int n) => Bdi(n.ToString(CultureInfo.InvariantCulture), "ltr", "num");

    private static void Header(StringBuilder html, PageContext page)
    {
        var snapshot = page.Snapshot;
        var events = page.Events;
        var outlets = snapshot.Articles.Select(a => a.Outlet).OfType<string>().Distinct(StringComparer.Ordinal).Count();
        var countries = events.SelectMany(e => e.Countries).Distinct(StringComparer.Ordinal).Count();
        var dated = events.Select(e => e.When).OfType<DateInterval>().ToArray();
        var span = dated.Length == 0 ? "—" : $"{dated.Min(d => d.From):yyyy-MM-dd} … {dated.Max(d => d.To):yyyy-MM-dd}";
        var sourced = events.Count(e => page.Sources.Count(e) > 1);
        html.Append("<header class=\"top\"><h1>").Append(E(page.Options.Title)).Append("</h1>\n<div class=\"stats\">");
        Stat(html, "مقالات", "articles", snapshot.Articles.Count.ToString(CultureInfo.InvariantCulture));
        Stat(html, "مصادر", "outlets", outlets.ToString(CultureInfo.InvariantCulture));
        Stat(html, "أحداث", "events", events.Count.ToString(CultureInfo.InvariantCulture));
        Stat(html, "بأكثر من مصدر", "multi-source", sourced.ToString(CultureInfo.InvariantCulture));
        Stat(html, "دول", "countries", countries.ToString(CultureInfo.InvariantCulture));
        Stat(html, "الفترة", "span", span);
        html.Append("</div></header>\n");
    }

    private static void Stat(StringBuilder html, string ar, string en, string value) =>
        html.Append(value.Length > 12 ? "<div class=\"stat wide\"><b>" : "<div class=\"stat\"><b>").Append(Bdi(value, "ltr")).Append("</b><span>").Append(E(ar))
            .Append(" <span class=\"en\">").Append(E(en)).Append("</span></span></div>");

    private static void Navigation(StringBuilder html) =>
        html.Append("<nav class=\"views\" aria-label=\"views\">")
            .Append("<a href=\"#events\">الأحداث <span class=\"en\">events</span></a>")
            .Append("<a href=\"#map\">الخريطة <span class=\"en\">map</span></a>")
            .Append("<a href=\"#coverage\">التغطية <span class=\"en\">coverage</span></a>")
            .Append("<a href=\"#pairs\">الثنائيات <span class=\"en\">pairs</span></a></nav>\n");

    /// <summary>A single day, or the whole interval when the day is not known.</summary>
    public static string DateText(DateInterval? when) => when switch
    {
        null => "?",
        { IsDay: true } d => d.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        { } d => $"{d.From:yyyy-MM-dd} … {d.To:yyyy-MM-dd}",
    };

    /// <summary>HTML id for an event: ids may hold any character, so keep a safe subset.</summary>
    public static string Anchor(string id)
    {
        var safe = new StringBuilder("ev-");
        foreach (var c in id)
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        return safe.ToString();
    }

    /// <summary>An http(s) address to link, or null: nothing else (javascript:, data:, file:) becomes a link.</summary>
    private static string? WebLink(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;
}
