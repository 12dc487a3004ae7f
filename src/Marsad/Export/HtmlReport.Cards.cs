using System.Globalization;
using System.Text;
using Marsad.Events;
using Marsad.Store;

namespace Marsad.Export;

/// <summary>One card per event: its facts, its participants, its quotes, and each source's report side by side.</summary>
internal static partial class HtmlReport
{
    private static void Card(StringBuilder html, Event e, IReadOnlyDictionary<string, ArticleSummary> articles)
    {
        CardHeader(html, e);
        html.Append("<dl class=\"facts\">");
        html.Append("<dt>التاريخ <span class=\"en\">When</span></dt><dd><span dir=\"ltr\">").Append(E(DateText(e.When))).Append("</span>");
        if (e.When is { IsDay: false } w)
            html.Append(" <span class=\"en\" dir=\"ltr\">(").Append(w.Days).Append(" days; exact day unknown)</span>");
        html.Append("</dd>");
        Fact(html, "المكان", "Where", PlaceText(e.Where));
        Participants(html, e.Participants);
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
            SourceReportSection(html, r);
        html.Append("</div>\n</article>\n");
    }

    /// <summary>The card's opening and header line: date, type, mode, CAMEO code with Goldstein score, status, id.</summary>
    private static void CardHeader(StringBuilder html, Event e)
    {
        var cameo = CameoTable.Default.Find(e.Cameo);
        html.Append("<article class=\"card\" id=\"").Append(E(Anchor(e.Id))).Append('"').Append(FilterAttributes(e)).Append(">\n<header>")
            .Append("<span class=\"when\" dir=\"ltr\">").Append(E(DateText(e.When))).Append("</span>")
            .Append("<span class=\"type\">").Append(E(DisplayLabels.Both("type", e.Type.Name))).Append("</span>");
        if (e.Mode is not null)
            html.Append("<span class=\"mode\">").Append(E(DisplayLabels.Both("mode", e.Mode.Value.Name))).Append("</span>");
        html.Append("<span class=\"cameo\" dir=\"ltr\">CAMEO ").Append(E(e.Cameo)).Append(cameo is null ? "" : " " + E(cameo.Name))
            .Append(" · Goldstein ").Append(E(e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture))).Append("</span>")
            .Append(StatusBadge(e.Status))
            .Append("<code class=\"id\" dir=\"ltr\">").Append(E(e.Id)).Append("</code></header>\n");
    }

    /// <summary>Each participant: name (or country name), role, country code, side.</summary>
    private static void Participants(StringBuilder html, IReadOnlyList<EventParticipant> participants)
    {
        html.Append("<dt>المشاركون <span class=\"en\">Participants</span></dt><dd><ul class=\"people\">");
        foreach (var p in participants)
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
    }

    /// <summary>What one source reported: outlet, article, publication day, headline, what it said, its evidence sentences.</summary>
    private static void SourceReportSection(StringBuilder html, SourceReport r)
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
}
