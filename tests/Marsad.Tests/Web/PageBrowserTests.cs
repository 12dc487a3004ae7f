using Marsad.Cli.Web;
using Marsad.Export;
using Marsad.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PuppeteerSharp;

namespace Marsad.Tests.Web;

/// <summary>
/// The web page in a real browser (issue 9, item 6), on the samples: served by the same server as
/// `marsad serve` (its filters answered by the API) and as the self-contained file of `marsad report`
/// (filtered by the page itself). Each filter must change the list, and to exactly the events the
/// timeline query keeps; paging, the map and the coverage view follow; nothing may log an error or
/// break the Content-Security-Policy. Screenshots at 1400 and 390 px go to TestResults/browser/.
/// </summary>
public sealed class PageBrowserTests
{
    private static readonly AnalysisSnapshot Samples = Browser.Samples;

    /// <summary>A filter as the page sets it, and the same filter as the timeline query reads it.</summary>
    private sealed record FilterCase(string Name, Func<PageUnderTest, Task> Apply, TimelineQuery Query);

    private static readonly FilterCase[] Cases =
    [
        new("country (Arabic)", p => p.TypeCountryAsync("روسيا"), TimelineQuery.Parse(country: "RUS")),
        new("countries (English and ISO3, several)", p => p.TypeCountryAsync("Jordan, EGY"), TimelineQuery.Parse(country: "JOR,EGY")),
        new("pair", p => p.SelectAsync("f-pair", "RUS-SYR"), TimelineQuery.Parse(pair: "RUS-SYR")),
        new("type", p => p.SelectAsync("f-type", "accuse"), TimelineQuery.Parse(type: "accuse")),
        new("mode", p => p.SelectAsync("f-mode", "phone"), TimelineQuery.Parse(mode: "phone")),
        new("status", p => p.SelectAsync("f-status", "planned"), TimelineQuery.Parse(status: "planned")),
        new("date range", async p => { await p.SetAsync("f-from", "2025-01-01"); await p.SetAsync("f-to", "2025-06-30"); },
            TimelineQuery.Parse(from: "2025-01-01", to: "2025-06-30")),
        new("date precision", p => p.SelectAsync("f-precision", "day"), TimelineQuery.Parse(precision: "day")),
    ];

    [BrowserFact]
    public async Task Served_page_filters_through_the_api_pages_and_maps_without_errors()
    {
        await using var app = MarsadWeb.Build(new SnapshotStore(Samples), ["http://127.0.0.1:0"]);
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        await using var browser = await Browser.LaunchAsync();

        var page = await PageUnderTest.OpenAsync(browser, url, 1400);
        await CheckFiltersAsync(page);
        await CheckPagingAsync(page);
        await CheckMapAsync(page);
        await page.ScreenshotAsync("served-1400.png");
        await page.ScreenshotAsync("#map", "served-map-1400.png");
        await page.ScreenshotAsync("#coverage", "served-coverage-1400.png");
        await CheckClean(page);

        var phone = await PageUnderTest.OpenAsync(browser, url, 390);
        await CheckFitsAsync(phone, 390);
        await phone.ScreenshotAsync("served-390.png");
        await phone.ScreenshotAsync("#filters", "served-filters-390.png");
        await phone.Page.SetViewportAsync(new ViewPortOptions { Width = 360, Height = 800 });
        await CheckFitsAsync(phone, 360);
        await CheckClean(phone);
    }

    /// <summary>More matching events than one API page holds: the page follows the `next` cursors and lists them all.</summary>
    [BrowserFact]
    public async Task Served_page_follows_the_api_pages_past_the_first()
    {
        var many = ServerScaleTests.Many(1_500);
        await using var app = MarsadWeb.Build(new SnapshotStore(many), ["http://127.0.0.1:0"]);
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        await using var browser = await Browser.LaunchAsync();
        var page = await PageUnderTest.OpenAsync(browser, url, 1400);
        var asked = new List<string>();
        page.Page.Request += (_, e) =>
        {
            if (e.Request.Url.Contains("/api/events?", StringComparison.Ordinal))
                asked.Add(e.Request.Url);
        };

        await page.SelectAsync("f-type", "consult");

        var expected = TimelineQuery.Parse(type: "consult").Apply(many.Events);
        Assert.True(expected.Count > EventPaging.MaxLimit, $"{expected.Count} events: one API page would hold them all");
        Assert.Equal(expected.Count, await page.MatchedAsync());
        Assert.Equal(2, asked.Count);
        Assert.Contains("cursor=", asked[1]);
        await CheckClean(page);
    }

    [BrowserFact]
    public async Task Report_file_filters_by_itself_like_the_timeline_query()
    {
        var file = Path.Combine(Browser.Artifacts, "marsad-report.html");
        await File.WriteAllTextAsync(file, HtmlReport.Render(Samples));
        await using var browser = await Browser.LaunchAsync();

        var page = await PageUnderTest.OpenAsync(browser, new Uri(file).AbsoluteUri, 1400);
        await CheckFiltersAsync(page);
        await CheckPagingAsync(page);
        await CheckMapAsync(page);
        await page.ScreenshotAsync("report-1400.png");
        await CheckClean(page);

        var phone = await PageUnderTest.OpenAsync(browser, new Uri(file).AbsoluteUri, 390);
        await CheckFitsAsync(phone, 390);
        await phone.ScreenshotAsync("report-390.png");
        await CheckClean(phone);
    }

    /// <summary>Each filter alone keeps fewer events than all, and exactly those the timeline query keeps, in timeline order.</summary>
    private static async Task CheckFiltersAsync(PageUnderTest page)
    {
        var all = TimelineQuery.Timeline(Samples.Events).Select(e => e.Id).ToArray();
        Assert.Equal(all.Length, await page.MatchedAsync());
        await page.SelectAsync("f-page-size", "100");
        Assert.Equal(all, await page.VisibleCardsAsync());
        foreach (var c in Cases)
        {
            await c.Apply(page);
            var expected = c.Query.Apply(Samples.Events).Select(e => e.Id).ToArray();
            Assert.True(expected.Length > 0 && expected.Length < all.Length, $"{c.Name}: the samples must make this filter matter ({expected.Length})");
            var shown = await page.VisibleCardsAsync();
            Assert.True(expected.SequenceEqual(shown), $"{c.Name}: the page shows [{string.Join(", ", shown)}], the timeline query [{string.Join(", ", expected)}]");
            Assert.Equal(expected.Length, await page.CountAsync("table.coverage tr[data-id]:not([hidden])"));
            await page.ResetAsync();
            Assert.Equal(all.Length, await page.MatchedAsync());
        }
    }

    /// <summary>Ten per page: two pages of the samples, the second holding the rest.</summary>
    private static async Task CheckPagingAsync(PageUnderTest page)
    {
        var all = TimelineQuery.Timeline(Samples.Events).Select(e => e.Id).ToArray();
        Assert.True(all.Length > 10);
        string[] first = [.. all.Take(10)], second = [.. all.Skip(10).Take(10)];
        await page.SelectAsync("f-page-size", "10");
        var shown = await page.VisibleCardsAsync();
        Assert.Equal(first, shown);
        await page.ActAsync(() => page.Page.ClickAsync("nav.pager .p-next"));
        shown = await page.VisibleCardsAsync();
        Assert.Equal(second, shown);
        Assert.Equal("2", await page.Page.EvaluateExpressionAsync<string>("document.querySelector('nav.pager .p-current').textContent"));
        await page.ActAsync(() => page.Page.ClickAsync("nav.pager .p-prev"));
        shown = await page.VisibleCardsAsync();
        Assert.Equal(first, shown);
        await page.SelectAsync("f-page-size", "20");
    }

    /// <summary>The map shows a mark per place; clicking one lists only its events; a filter hides the marks it empties.</summary>
    private static async Task CheckMapAsync(PageUnderTest page)
    {
        var marks = await page.CountAsync("svg.map g.mark:not([hidden])");
        Assert.True(marks >= 3, $"{marks} marks");
        Assert.True(await page.CountAsync("svg.map path.c") > 10);
        var moscow = await page.Page.EvaluateExpressionAsync<string[]>("document.getElementById('m0').dataset.ids.split(' ')");
        await page.ActAsync(() => page.Page.ClickAsync("#m0"));
        Assert.Equal(moscow.Order(), (await page.VisibleCardsAsync()).Order());
        Assert.False(await page.Page.EvaluateExpressionAsync<bool>("document.getElementById('f-place').hidden"));
        await page.ResetAsync();
        await page.SelectAsync("f-type", "accuse");
        Assert.True(await page.CountAsync("svg.map g.mark:not([hidden])") < marks);
        await page.ResetAsync();
    }

    /// <summary>Nothing wider than the screen: no sideways scrolling on a phone.</summary>
    private static async Task CheckFitsAsync(PageUnderTest page, int width)
    {
        var scroll = await page.Page.EvaluateExpressionAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scroll <= width, $"the page is {scroll} px wide on a {width} px screen");
        Assert.True((await page.VisibleCardsAsync()).Length > 0);
    }

    private static async Task CheckClean(PageUnderTest page)
    {
        var violations = await page.CspViolationsAsync();
        Assert.True(violations.Length == 0, "CSP violations: " + string.Join("; ", violations));
        Assert.True(page.Problems.Count == 0, string.Join("\n", page.Problems));
    }
}
