using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Marsad.Actors;
using Marsad.Events;
using Marsad.Export;
using Marsad.Store;
using static Marsad.Tests.Export.SampleSnapshots;

namespace Marsad.Tests.Export;

/// <summary>The web page's markup (issue 9, item 6): bidi isolation, names, quotes once, links, map, coverage, policy.</summary>
public class WebPageTests
{
    private static readonly string Html = HtmlReport.Render(Small());

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>True when the text sits in its own bidi context below the page's rtl root (a bdi, or an element with dir).</summary>
    private static bool Isolated(INode node)
    {
        for (var e = node.ParentElement; e is not null && e.LocalName != "body"; e = e.ParentElement)
        {
            if (e.LocalName == "bdi" || e.HasAttribute("dir"))
                return true;
        }
        return false;
    }

    private static IEnumerable<INode> TextNodes(INode root) =>
        root.ChildNodes.SelectMany(n => n.NodeType == NodeType.Text ? [n] : TextNodes(n));

    [Fact]
    public void Every_date_and_count_is_bidi_isolated()
    {
        var doc = Parse(HtmlReport.Render(AnalysisSnapshot.From(Marsad.Tests.Pipeline.Corpora.Dev, DateTimeOffset.UnixEpoch)));
        var texts = TextNodes(doc.Body!).Where(t => t.ParentElement?.Closest("svg, script, style, title, code") is null).ToArray();
        var dates = texts.Where(t => Regex.IsMatch(t.TextContent, @"\d{4}-\d{2}-\d{2}")).ToArray();
        Assert.True(dates.Length > 50, $"{dates.Length} dates");
        Assert.All(dates, t => Assert.True(Isolated(t), $"date not isolated: «{t.TextContent}» in <{t.ParentElement?.LocalName}>"));
        var counts = doc.QuerySelectorAll(".stat b, #f-count, td.n-reported, td.n-missed, #map-unplaced").SelectMany(TextNodes)
            .Where(t => Regex.IsMatch(t.TextContent, @"\d")).ToArray();
        Assert.NotEmpty(counts);
        Assert.All(counts, t => Assert.True(Isolated(t), $"number not isolated: «{t.TextContent}»"));
    }

    [Fact]
    public void Roles_are_Arabic_and_english_names_come_from_the_knowledge_base()
    {
        var snapshot = WithParticipant(new ActorRef(ActorKind.Person, "ayman-safadi", "أيمن الصفدي", "JOR", "senior_adviser"));
        var arabic = HtmlReport.Render(snapshot);
        Assert.Contains("كبير المستشارين", arabic);
        Assert.DoesNotContain("senior_adviser", arabic);
        var english = HtmlReport.Render(snapshot, new HtmlReportOptions { EnglishNames = true });
        Assert.Contains("senior adviser", english);
        Assert.Contains("Ayman Safadi", english);
        Assert.DoesNotContain("كبير المستشارين", english);
    }

    [Fact]
    public void A_quote_carried_by_two_copies_of_a_story_is_shown_once_with_both_outlets()
    {
        var snapshot = Small();
        var visit = snapshot.Events.Single(e => e.Id == "ev-2022-visit");
        var quote = visit.Quotes[0];
        var copy = quote with { ArticleId = "a1.txt", Span = new Marsad.Text.TextSpan(5, 45) };
        var html = HtmlReport.Render(snapshot with { Events = [visit with { Quotes = [quote, copy] }] });
        var quotes = Parse(html).QuerySelectorAll("blockquote");
        Assert.Single(quotes);
        Assert.Contains("الأهرام", quotes[0].TextContent);
        Assert.Contains("بترا", quotes[0].TextContent);
    }

    [Fact]
    public void Source_addresses_are_links_and_only_web_addresses_are()
    {
        var snapshot = Small();
        var articles = snapshot.Articles.Select(a => a.Id == "a2.txt" ? a with { Url = "javascript:alert(1)" } : a).ToArray();
        var doc = Parse(HtmlReport.Render(snapshot with { Articles = articles }));
        var links = doc.QuerySelectorAll("section.source a[href]").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Contains("https://example.org/news/1", links);
        Assert.DoesNotContain(links, l => l!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.All(doc.QuerySelectorAll("section.source a[href]"), a => Assert.Equal("noopener noreferrer", a.GetAttribute("rel")));
    }

    [Fact]
    public void The_file_runs_only_its_own_hashed_style_and_script_and_nothing_inline()
    {
        var policy = Parse(Html).QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content")!;
        Assert.Contains($"style-src 'sha256-{Sha256(HtmlReport.Css)}'", policy);
        Assert.Contains($"script-src 'sha256-{Sha256(HtmlReport.Script)}'", policy);
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("<style>" + HtmlReport.Css + "</style>", Html);
        Assert.Contains("<script>" + HtmlReport.Script + "</script>", Html);
        Assert.Single(Regex.Matches(Html, "<script"));
        Assert.DoesNotMatch(new Regex(@"\son[a-z]+=|\sstyle=|javascript:", RegexOptions.IgnoreCase), Html);
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", Html.Replace("href=\"https://example.org/news/1\"", ""));
    }

    [Fact]
    public void A_served_page_links_its_assets_and_inlines_nothing()
    {
        var html = HtmlReport.Render(Small(), new HtmlReportOptions { ApiBase = "", AssetBase = "/assets" });
        Assert.Contains("<link rel=\"stylesheet\" href=\"/assets/marsad-report.css\">", html);
        Assert.Contains("<script src=\"/assets/marsad-report.js\"></script>", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("Content-Security-Policy", html);
        Assert.Contains("<body data-api=\"\"", html);
    }

    [Fact]
    public void The_map_has_a_mark_per_place_and_counts_the_events_without_one()
    {
        var doc = Parse(Html);
        var marks = doc.QuerySelectorAll("svg.map g.mark");
        Assert.Equal(["ev-2023-planned", "ev-2022-visit"], marks.Select(m => m.GetAttribute("data-ids")).Order().Reverse());
        Assert.Equal("موسكو (روسيا)", doc.QuerySelector("g.mark[data-ids=ev-2023-planned]")!.GetAttribute("data-name"));
        Assert.Equal("2", doc.QuerySelector("#map-unplaced bdi")!.TextContent);
        var egypt = doc.QuerySelector("svg.map path[data-iso=EGY]")!;
        Assert.Contains("involved", egypt.ClassList);
        Assert.Matches(@"^M[\d.]+,[\d.]+( [\d.\-]+,[\d.\-]+)+Z", egypt.GetAttribute("d")!);
        Assert.Equal("m1", doc.QuerySelector("article.card[data-id=ev-2022-visit]")!.GetAttribute("data-mark") is { } m ? (doc.GetElementById(m) is null ? "?" : "m1") : null);
    }

    [Fact]
    public void Cards_carry_what_the_filters_test()
    {
        var card = Parse(Html).QuerySelector("article.card[data-id=ev-2022-visit]")!;
        Assert.Equal("EGY JOR", card.GetAttribute("data-countries"));
        Assert.Equal("EGY", card.GetAttribute("data-where"));
        Assert.Equal("visit", card.GetAttribute("data-mode"));
        Assert.Equal("2022-05-01", card.GetAttribute("data-from"));
        Assert.Equal("2022-05-31", card.GetAttribute("data-to"));
        Assert.Equal(((int)DatePrecision.Month).ToString(), card.GetAttribute("data-precision"));
        var undated = Parse(Html).QuerySelector("article.card[data-id=ev-undated-accuse]")!;
        Assert.False(undated.HasAttribute("data-from"));
        Assert.Equal("", undated.GetAttribute("data-mode"));
    }

    [Fact]
    public void The_country_box_knows_every_spelling_of_every_state()
    {
        var doc = Parse(Html);
        var index = doc.QuerySelectorAll("#country-index [data-iso]");
        Assert.Equal(KnowledgeBase.Default.Countries.Count, index.Length);
        var syria = index.Single(i => i.GetAttribute("data-iso") == "SYR").GetAttribute("data-names")!.Split('|');
        Assert.Contains("Syria", syria);
        Assert.Contains("سوريا", syria);
        Assert.Contains("سورية", syria);
        Assert.Equal(["إيران", "الأردن", "الولايات المتحدة", "تركيا", "روسيا", "مصر"],
            doc.QuerySelectorAll("#country-list option").Select(o => o.GetAttribute("value")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_filter_and_view_is_on_the_page()
    {
        var doc = Parse(Html);
        foreach (var id in new[] { "f-country", "f-pair", "f-type", "f-mode", "f-status", "f-from", "f-to", "f-within", "f-precision", "f-page-size", "map", "coverage", "pairs" })
            Assert.NotNull(doc.GetElementById(id));
        Assert.Equal(4, doc.QuerySelectorAll("table.coverage tr[data-id]").Length);
        Assert.Equal(["EGY-JOR", "IRN-USA", "RUS-TUR"], doc.QuerySelectorAll("#f-pair option[value]").Select(o => o.GetAttribute("value")).Where(v => v!.Length > 0));
    }

    private static AnalysisSnapshot WithParticipant(ActorRef actor)
    {
        var snapshot = Small();
        var call = snapshot.Events.Single(e => e.Id == "ev-2021-call");
        return snapshot with { Events = [call with { Participants = [new EventParticipant(actor, ParticipantSide.Source, default)] }] };
    }

    private static string Sha256(string text) =>
        Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
