using System.Globalization;
using System.Text;
using Marsad.Events;
using Marsad.Text;

namespace Marsad.Export;

/// <summary>One card per event: its facts, its participants, each quote once, and each source's report side by side.</summary>
internal static partial class HtmlReport
{
    private static void Card(StringBuilder html, PageContext page, Event e)
    {
        CardHeader(html, page, e);
        html.Append("<dl class=\"facts\">");
        html.Append("<dt>التاريخ <span class=\"en\">when</span></dt><dd>").Append(Bdi(DateText(e.When), "ltr", "when"));
        if (e.When is { IsDay: false } w)
            html.Append(" <span class=\"en\" dir=\"ltr\">(").Append(Num(w.Days)).Append(" days; exact day unknown)</span>");
        html.Append("</dd>");
        html.Append("<dt>المكان <span class=\"en\">where</span></dt><dd>").Append(Bdi(page.PlaceText(e.Where))).Append("</dd>");
        Participants(html, page, e.Participants);
        if (e.Topics.Count > 0)
            html.Append("<dt>المواضيع <span class=\"en\">topics</span></dt><dd>").Append(string.Join("، ", e.Topics.Select(t => Bdi(t)))).Append("</dd>");
        var outlets = page.Sources.Outlets(e);
        html.Append("<dt>المصادر <span class=\"en\">outlets</span></dt><dd>").Append(Num(page.Sources.Count(e))).Append(' ');
        html.Append(string.Concat(outlets.Select(o => $"<span class=\"chip outlet\">{Bdi(o)}</span>"))).Append("</dd>");
        html.Append("</dl>\n");
        Quotes(html, page, e);
        var reports = SourceComparison.Of(e, page.Articles.Values);
        html.Append("<details class=\"reports\"><summary>ما قاله كل مصدر <span class=\"en\" dir=\"ltr\">what each source said (")
            .Append(Num(reports.Count)).Append(")</span></summary>\n<div class=\"sources\">");
        foreach (var r in reports)
            SourceReportSection(html, r);
        html.Append("</div></details>\n</article>\n");
    }

    /// <summary>The card's opening and header line: date, precision, type, mode, CAMEO code with Goldstein score, status, id.</summary>
    private static void CardHeader(StringBuilder html, PageContext page, Event e)
    {
        var cameo = Pipeline.MarsadRules.Shipped.Cameo.Find(e.Cameo);
        html.Append("<article class=\"card\" id=\"").Append(E(Anchor(e.Id))).Append('"').Append(FilterAttributes(page, e)).Append(">\n<header>")
            .Append(Bdi(DateText(e.When), "ltr", "when"));
        if (DatePrecisions.Of(e.When) is { } precision)
        {
            var name = DatePrecisions.Name(precision);
            html.Append("<span class=\"prec p-").Append(name).Append("\">").Append(E(DisplayLabels.Arabic("precision", name)))
                .Append(" <span class=\"en\">").Append(E(DatePrecisions.Describe(e.When))).Append("</span></span>");
        }
        html.Append("<span class=\"type\">").Append(E(DisplayLabels.Both("type", e.Type.Name))).Append("</span>");
        if (e.Mode is not null)
            html.Append("<span class=\"mode\">").Append(E(DisplayLabels.Both("mode", e.Mode.Value.Name))).Append("</span>");
        html.Append(Bdi($"CAMEO {e.Cameo}{(cameo is null ? "" : " " + cameo.Name)} · Goldstein {e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture)}", "ltr", "cameo"))
            .Append(StatusBadge(e.Status))
            .Append("<code class=\"id\" dir=\"ltr\">").Append(E(e.Id)).Append("</code></header>\n");
    }

    /// <summary>Each participant: name, role (Arabic, or English with --names en), country code, side.</summary>
    private static void Participants(StringBuilder html, PageContext page, IReadOnlyList<EventParticipant> participants)
    {
        html.Append("<dt>المشاركون <span class=\"en\">participants</span></dt><dd><ul class=\"people\">");
        foreach (var p in participants)
        {
            html.Append("<li><b>").Append(Bdi(page.ActorName(p.Actor))).Append("</b>");
            if (page.RoleName(p.Actor.Role) is { Length: > 0 } role)
                html.Append(" — <span class=\"role\">").Append(Bdi(role)).Append("</span>");
            if (p.Actor.Country is { } country && p.Actor.Kind != Actors.ActorKind.Country)
                html.Append(' ').Append(Bdi(country, "ltr", "cc"));
            html.Append(" <span class=\"side\">").Append(E(DisplayLabels.Arabic("side", ExchangeJson.SideName(p.Side)) ?? ExchangeJson.SideName(p.Side)))
                .Append("</span></li>");
        }
        html.Append("</ul></dd>");
    }

    /// <summary>
    /// Each thing said once: the same quotation in several copies of a story (an agency text republished
    /// by several outlets) is one quote, with every outlet that carried it.
    /// </summary>
    private static void Quotes(StringBuilder html, PageContext page, Event e)
    {
        var groups = e.Quotes.GroupBy(q => (Text: ArabicNormalizer.Key(q.Text), Speaker: q.Speaker?.Id ?? q.Speaker?.Name));
        foreach (var g in groups)
        {
            var q = g.First();
            var outlets = g.Select(x => page.Outlet(x.ArticleId) ?? x.ArticleId).Distinct(StringComparer.Ordinal);
            html.Append("<blockquote><p>«").Append(E(q.Text)).Append("»</p><cite>")
                .Append(q.Speaker is null ? "?" : Bdi(page.ActorName(q.Speaker))).Append(" · ")
                .Append(string.Join("، ", outlets.Select(o => Bdi(o)))).Append("</cite></blockquote>\n");
        }
    }

    /// <summary>What one source reported: outlet, a link to the article, publication day, headline, what it said, its evidence sentences.</summary>
    private static void SourceReportSection(StringBuilder html, SourceReport r)
    {
        html.Append("<section class=\"source\"><h4>").Append(r.Outlet is null ? "مصدر غير معروف <span class=\"en\">unknown outlet</span>" : Bdi(r.Outlet))
            .Append("</h4><p class=\"meta\">");
        if ((WebLink(r.Article?.Url) ?? WebLink(r.ArticleId)) is { } link)
            html.Append("<a href=\"").Append(E(link)).Append("\" rel=\"noopener noreferrer\" target=\"_blank\" dir=\"ltr\">").Append(E(link)).Append("</a>");
        else
            html.Append("<code dir=\"ltr\">").Append(E(r.ArticleId)).Append("</code>");
        html.Append(" · نُشر <span class=\"en\">published</span> ").Append(Bdi(r.Published is null ? "?" : DateText(r.Published), "ltr")).Append("</p>");
        if (r.Article?.Headline is { Length: > 0 } headline)
            html.Append("<p class=\"headline\">").Append(E(headline)).Append("</p>");
        var said = new List<string>();
        if (r.WhenTexts.Count > 0)
        {
            said.Add("«" + string.Join("»، «", r.WhenTexts.Select(E)) + "»"
                + (r.Dates.Count > 0 ? " → " + string.Join(", ", r.Dates.Select(d => Bdi(d.ToString(), "ltr"))) : ""));
        }
        if (r.Places.Count > 0)
            said.Add(string.Join("، ", r.Places.Select(p => Bdi(p))));
        if (r.Modes.Count > 0)
            said.Add(E(string.Join("، ", r.Modes.Select(m => DisplayLabels.Arabic("mode", m) ?? m))));
        if (said.Count > 0)
            html.Append("<p class=\"said\">").Append(string.Join(" · ", said)).Append("</p>");
        foreach (var m in r.Mentions.Where(m => m.EvidenceText.Length > 0))
            html.Append("<p class=\"evidence\">").Append(Highlight(m.EvidenceText, m.TriggerText)).Append("</p>");
        html.Append("</section>");
    }

    /// <summary>The evidence sentence with the trigger word marked; both parts escaped.</summary>
    private static string Highlight(string evidence, string trigger)
    {
        var at = trigger.Length == 0 ? -1 : evidence.IndexOf(trigger, StringComparison.Ordinal);
        if (at < 0)
            return E(evidence);
        return E(evidence[..at]) + "<mark>" + E(trigger) + "</mark>" + E(evidence[(at + trigger.Length)..]);
    }

    private static string StatusBadge(EventStatus status) => status == EventStatus.Occurred
        ? ""
        : $"<span class=\"status s-{E(ExchangeJson.StatusName(status))}\">{E(DisplayLabels.Both("status", ExchangeJson.StatusName(status)))}</span>";
}
