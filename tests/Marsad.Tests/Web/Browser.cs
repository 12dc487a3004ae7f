using Marsad.Export;
using Marsad.Store;
using Marsad.Tests.Pipeline;
using PuppeteerSharp;

namespace Marsad.Tests.Web;

/// <summary>
/// The system's chromium (Debian's package; MARSAD_CHROMIUM names another), driven headless by
/// PuppeteerSharp. Nothing downloads a browser: without one the browser tests are skipped with the
/// reason, and under CI they fail.
/// </summary>
public static class Browser
{
    /// <summary>The browser to drive, or null when none is installed.</summary>
    public static string? Executable { get; } = Find();

    /// <summary>Why the browser tests cannot run, or null.</summary>
    public static string? UnavailableReason => Executable is null
        ? "needs chromium (apt-get install -y chromium, or MARSAD_CHROMIUM=/path/to/chrome): none found"
        : null;

    /// <summary>Where the tests save their screenshots: TestResults/browser at the repository root (git-ignored).</summary>
    public static string Artifacts
    {
        get
        {
            var dir = Path.Combine(TestEnvironment.Repository, "TestResults", "browser");
            Directory.CreateDirectory(dir);
            return dir;
        }
    }

    /// <summary>The seeds and the development set, analysed as `marsad run samples/seeds samples/dev` stores them.</summary>
    public static AnalysisSnapshot Samples { get; } = Combine(Corpora.Seeds, Corpora.Dev);

    /// <summary>Starts the browser headless (as root it needs --no-sandbox).</summary>
    public static Task<IBrowser> LaunchAsync() => Puppeteer.LaunchAsync(new LaunchOptions
    {
        ExecutablePath = Executable ?? throw new InvalidOperationException(UnavailableReason),
        Headless = true,
        Timeout = 120_000,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=ar"],
    });

    private static string? Find()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("MARSAD_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" };
        return candidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c) && File.Exists(c));
    }

    private static AnalysisSnapshot Combine(params Marsad.Pipeline.CorpusAnalysis[] analyses)
    {
        var snapshots = analyses.Select(a => AnalysisSnapshot.From(a, SampleTime)).ToArray();
        return new AnalysisSnapshot(SampleTime, snapshots.SelectMany(s => s.Articles).ToArray(), snapshots.SelectMany(s => s.Events).ToArray());
    }

    private static readonly DateTimeOffset SampleTime = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);
}

/// <summary>A fact that drives a real browser: skipped with the reason when chromium is absent, except under CI.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (TestEnvironment.SkipUnlessCi(Browser.UnavailableReason) is { } reason)
            Skip = reason;
    }
}

/// <summary>
/// One open page and what it reported: console errors, uncaught exceptions, failed requests and
/// Content-Security-Policy violations (recorded by a listener installed before any of its scripts).
/// </summary>
public sealed class PageUnderTest(IPage page)
{
    private readonly List<string> problems = [];

    public IPage Page => page;

    /// <summary>Everything that went wrong so far, one line each.</summary>
    public IReadOnlyList<string> Problems => problems;

    public static async Task<PageUnderTest> OpenAsync(IBrowser browser, string url, int width)
    {
        var page = await browser.NewPageAsync();
        var tested = new PageUnderTest(page);
        page.DefaultTimeout = 60_000;
        page.Console += (_, e) =>
        {
            if (e.Message.Type == ConsoleType.Error || e.Message.Type == ConsoleType.Warning)
                tested.problems.Add($"console {e.Message.Type}: {e.Message.Text}");
        };
        page.PageError += (_, e) => tested.problems.Add("page error: " + e.Message);
        page.RequestFailed += (_, e) => tested.problems.Add("request failed: " + e.Request.Url);
        await page.EvaluateExpressionOnNewDocumentAsync(
            "window.__csp = []; document.addEventListener('securitypolicyviolation', function (e) { window.__csp.push(e.violatedDirective + ' ' + e.blockedURI); });");
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = 900 });
        var response = await page.GoToAsync(url, WaitUntilNavigation.Load);
        Assert.True(response is null || response.Ok, $"{url}: {response?.Status}");
        await page.WaitForFunctionAsync("() => +document.body.dataset.renders > 0");
        return tested;
    }

    /// <summary>The CSP violations the page's listener saw.</summary>
    public async Task<string[]> CspViolationsAsync() => await page.EvaluateExpressionAsync<string[]>("window.__csp");

    /// <summary>Runs <paramref name="action"/> and waits until the page has drawn its result.</summary>
    public async Task ActAsync(Func<Task> action)
    {
        var before = await page.EvaluateExpressionAsync<int>("+document.body.dataset.renders");
        await action();
        await page.WaitForFunctionAsync($"() => +document.body.dataset.renders > {before}");
    }

    public Task SelectAsync(string id, string value) => ActAsync(() => page.SelectAsync("#" + id, value));

    /// <summary>Sets an input's value as a reader would and fires its change (date inputs take no typing in headless mode).</summary>
    public Task SetAsync(string id, string value) => ActAsync(() => page.EvaluateFunctionAsync(
        "(id, v) => { const i = document.getElementById(id); i.value = v; i.dispatchEvent(new Event('change')); }", id, value));

    /// <summary>Types into the country box and waits until the list reflects the whole text (the box waits for a pause in typing).</summary>
    public async Task TypeCountryAsync(string text)
    {
        await page.ClickAsync("#f-country", new PuppeteerSharp.Input.ClickOptions { Count = 3 });
        await page.Keyboard.PressAsync("Backspace");
        await page.TypeAsync("#f-country", text);
        await page.WaitForFunctionAsync(
            "t => new URLSearchParams(document.getElementById('f-count').dataset.query).get('country') === t.split(/[,\u060C;]+/).map(x => x.trim()).filter(Boolean).join(',')",
            text);
    }

    public Task ResetAsync() => ActAsync(() => page.ClickAsync("#f-reset"));

    /// <summary>How many events the filters keep (across all pages).</summary>
    public async Task<int> MatchedAsync() => int.Parse(await page.EvaluateExpressionAsync<string>("document.getElementById('f-count').dataset.matched"));

    /// <summary>The ids of the cards shown on the current page, in order.</summary>
    public Task<string[]> VisibleCardsAsync() =>
        page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('article.card:not([hidden])')).map(c => c.dataset.id)");

    public Task<int> CountAsync(string selector) => page.EvaluateFunctionAsync<int>("s => document.querySelectorAll(s).length", selector);

    /// <summary>A screenshot of one element (the map, the coverage view).</summary>
    public async Task ScreenshotAsync(string selector, string name)
    {
        var element = await page.QuerySelectorAsync(selector) ?? throw new InvalidOperationException($"no {selector} on the page");
        await element.ScreenshotAsync(Path.Combine(Browser.Artifacts, name));
    }

    public async Task ScreenshotAsync(string name) =>
        await page.ScreenshotAsync(Path.Combine(Browser.Artifacts, name), new ScreenshotOptions { FullPage = true });
}
