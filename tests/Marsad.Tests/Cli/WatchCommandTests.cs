using System.Text.Json;
using Marsad.Actors;
using Marsad.Cli.Web;
using Marsad.Pipeline;
using Marsad.Store;
using Marsad.Tests.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Marsad.Tests.Cli;

/// <summary>`marsad watch` against a local HTTP server on 127.0.0.1, and a running `serve` that sees what it stores.</summary>
public sealed class WatchCommandTests : IDisposable
{
    private const string AsOf = "2026-11-24";
    private readonly TempStore _temp = new();
    private readonly LocalHttpServer _server = new();

    public void Dispose()
    {
        _server.Dispose();
        _temp.Dispose();
    }

    private string Url => _server.BaseUrl + "feed.xml";

    private CliResult Watch(params string[] urls) => CliHarness.Run(["watch", .. urls, "--once", "--db", _temp.Db, "--as-of", AsOf]);

    [Fact]
    public void Once_stores_and_analyses_a_feed_then_an_unchanged_feed_costs_a_304_even_after_the_restart()
    {
        _server.Handler = r => r.IfNoneMatch == "\"v1\"" ? new ServedResponse(304) : TestFeeds.Feed("\"v1\"", TestFeeds.Seed(0), TestFeeds.Seed(2));

        var first = Watch(Url);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"{Url}: 2 new, 0 updated, 0 already stored", first.Console, StringComparison.Ordinal);
        Assert.Contains("event", first.Console, StringComparison.Ordinal);

        // Each --once is a new process: the entity tag comes from the store.
        var second = Watch(Url);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains($"{Url}: not modified (304)", second.Console, StringComparison.Ordinal);
        Assert.Equal([null, "\"v1\""], _server.Requests.Select(r => r.IfNoneMatch));
        using var store = new SqliteStore(_temp.Db);
        Assert.Equal(2, store.CountArticles());
    }

    [Fact]
    public void A_failing_url_is_exit_code_1_and_the_others_are_still_stored()
    {
        _server.Handler = r => r.Path == "/feed.xml" ? TestFeeds.Feed("\"v1\"", TestFeeds.Seed(2)) : new ServedResponse(503, "busy", "text/plain");
        var result = Watch(_server.BaseUrl + "busy.xml", Url);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("busy.xml: failed (HTTP 503", result.Console, StringComparison.Ordinal);
        Assert.Contains($"{Url}: 1 new", result.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_items_are_listed_under_their_feed()
    {
        var good = TestFeeds.Seed(2);
        _server.Handler = _ => TestFeeds.Feed("\"v1\"", good, ("فارغ", "https://example.org/news/empty", ""));
        var result = Watch(Url);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{Url}: 1 new, 0 updated, 0 already stored, 1 unreadable", result.Console, StringComparison.Ordinal);
        Assert.Contains($"    {Url}#2: feed item has no text", result.Console, StringComparison.Ordinal);
    }

    // A usage error as for every command (exit 2, one line on standard error); nothing is fetched.
    [Theory]
    [InlineData("ftp://example.org/feed.xml", "not an http(s) URL")]
    [InlineData("feed.xml", "not an http(s) URL")]
    public void A_url_that_is_not_http_is_refused(string url, string message)
    {
        var refused = Watch(url);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains(message, Assert.Single(refused.Error.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public void A_bad_interval_is_refused()
    {
        var refused = CliHarness.Run("watch", Url, "--once", "--db", _temp.Db, "--interval", "soon");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--interval", Assert.Single(refused.Error.TrimEnd('\n').Split('\n')), StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task A_new_item_appears_in_a_running_serve_without_a_restart()
    {
        var first = TestFeeds.Seed(2);
        var second = TestFeeds.Seed(3);
        _server.Handler = _ => TestFeeds.Feed("\"v1\"", first);
        using var watched = new SqliteStore(_temp.Db);
        using var monitor = new FeedMonitor(watched, () => new CorpusAnalyzer(KnowledgeBase.Default, AnalysisOptions.Default with { AsOf = new DateOnly(2026, 11, 24) }));
        monitor.Round([Url]);

        // serve opens the store on its own, as another process would.
        using var served = new SqliteStore(_temp.Db);
        await using var app = MarsadWeb.Build(served, [], b => b.WebHost.UseTestServer());
        await app.StartAsync();
        using var client = app.GetTestClient();
        Assert.Equal([first.Link], await ArticleIds(client));

        _server.Handler = _ => TestFeeds.Feed("\"v2\"", second, first);
        Assert.Equal(1, monitor.Round([Url]).Polls[0].Added);
        Assert.Equal([first.Link, second.Link], await ArticleIds(client));
        using var events = JsonDocument.Parse(await client.GetStringAsync("/api/events"));
        Assert.Contains(events.RootElement.GetProperty("events").EnumerateArray(),
            e => e.GetProperty("sources").EnumerateArray().Any(s => s.GetString() == second.Link));
    }

    private static async Task<string[]> ArticleIds(HttpClient client)
    {
        using var body = JsonDocument.Parse(await client.GetStringAsync("/api/articles"));
        return [.. body.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("article").GetProperty("file").GetString()!)];
    }
}
