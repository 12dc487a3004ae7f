using System.Text.RegularExpressions;
using Marsad.Export;
using Marsad.Store;

namespace Marsad.Tests.Export;

public class HtmlReportTests
{
    private static readonly string Html = HtmlReport.Render(SampleSnapshots.Small());

    [Fact]
    public void Is_right_to_left_Arabic()
    {
        Assert.StartsWith("<!DOCTYPE html>", Html);
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", Html);
        Assert.Contains("<meta charset=\"utf-8\">", Html);
    }

    [Fact]
    public void Has_one_card_per_event_in_timeline_order()
    {
        var cards = Regex.Matches(Html, "<article class=\"card\" id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(new[] { "ev-2021-call", "ev-2022-visit", "ev-2023-planned", "ev-undated-accuse" }.Select(HtmlReport.Anchor), cards);
    }

    [Fact]
    public void Escapes_text_from_the_corpus()
    {
        Assert.DoesNotContain("<b>والتقى</b>", Html);
        Assert.Contains("&lt;b&gt;والتقى&lt;/b&gt;", Html);
        Assert.Contains("أيمن الصفدي", Html);
    }

    [Fact]
    public void Hostile_names_cannot_inject_markup()
    {
        var snapshot = SampleSnapshots.Small();
        var e = snapshot.Events[0];
        var evil = e with { Id = "x\"><script>alert(1)</script>", Topics = ["<img src=x onerror=alert(1)>"] };
        var html = HtmlReport.Render(snapshot with { Events = [evil] });
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
    }

    [Fact]
    public void Intervals_are_shown_as_ranges_and_days_as_days()
    {
        Assert.Contains("2022-05-01 … 2022-05-31", Html);
        Assert.Contains("<bdi dir=\"ltr\" class=\"num\">31</bdi> days; exact day unknown)", Html);
        Assert.Contains(">2021-03-04<", Html);
    }

    [Fact]
    public void Cards_show_every_source_with_its_evidence_and_the_quote()
    {
        var card = Regex.Match(Html, "<article class=\"card\" id=\"ev-ev-2021-call\".*?</article>", RegexOptions.Singleline).Value;
        Assert.Equal(2, Regex.Matches(card, "<section class=\"source\">").Count);
        Assert.Contains("بترا", card);
        Assert.Contains("الأهرام", card);
        Assert.Contains("<mark>اتصال هاتفي</mark>", card);
        Assert.Contains("نرحب بالتعاون", Html);
        Assert.Contains("<cite><bdi dir=\"auto\">سامح شكري</bdi>", Html);
    }

    [Fact]
    public void Chart_has_a_row_per_country_pair_and_a_bar_for_intervals()
    {
        Assert.Equal(3, Regex.Matches(Html, "<g class=\"pair\"").Count);
        Assert.Contains("<rect class=\"mark range", Html);
        Assert.Contains("<circle class=\"mark", Html);
    }

    [Fact]
    public void Is_self_contained()
    {
        Assert.DoesNotMatch("<(script|link|img)[^>]+(src|href)=\"https?:", Html);
        Assert.DoesNotContain("@import", Html);
    }

    [Fact]
    public void Renders_an_empty_analysis()
    {
        var html = HtmlReport.Render(new AnalysisSnapshot(DateTimeOffset.UnixEpoch, [], []));
        Assert.Contains("No events", html);
    }

    [Fact]
    public void A_gold_file_renders_one_card_per_gold_event()
    {
        var gold = Marsad.Tests.Pipeline.Corpora.SeedGold;
        var snapshot = ExchangeJson.ToSnapshot(ExchangeJson.ReadFile(gold));
        var html = HtmlReport.Render(snapshot);
        Assert.Equal(snapshot.Events.Count, Regex.Matches(html, "<article class=\"card\"").Count);
        Assert.True(snapshot.Events.Count > 0);
    }

    // The file runs under its own policy (issue 12, item 7): only the style sheet and the script it
    // carries, named by their SHA-256, and no inline handlers or style attributes.
    [Fact]
    public void The_file_policy_allows_exactly_its_own_style_and_script()
    {
        var policy = System.Net.WebUtility.HtmlDecode(
            Regex.Match(Html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">").Groups[1].Value);
        var style = Regex.Match(Html, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        var script = Regex.Match(Html, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;

        Assert.Contains($"style-src 'sha256-{Sha256(style)}'", policy);
        Assert.Contains($"script-src 'sha256-{Sha256(script)}'", policy);
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Single(Regex.Matches(Html, "<script"));
        Assert.DoesNotMatch(new Regex("\\son[a-z]+=|\\sstyle=", RegexOptions.IgnoreCase), Html);
    }

    private static string Sha256(string text) =>
        Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
