using System.Net;
using System.Text.RegularExpressions;
using Marsad.Cli.Web;
using Marsad.Store;
using Marsad.Tests.Export;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Marsad.Tests.Web;

/// <summary>The server's protections (issue 12, item 7): hosts, headers, HEAD, the API key, ids with '/', limits.</summary>
public sealed class WebHardeningTests
{
    private const string Key = "0123456789abcdef-test-key";

    private static readonly AnalysisSnapshot Snapshot = SampleSnapshots.Small() with
    {
        Articles = [.. SampleSnapshots.Small().Articles, new ArticleSummary("https://example.org/news/2024/05/1?ref=feed", null, "عنوان", null, null, [])],
    };

    private static async Task<(WebApplication App, HttpClient Client)> Start(WebOptions? options = null)
    {
        var app = MarsadWeb.Build(new SnapshotStore(Snapshot), [], options ?? new WebOptions(), b => b.WebHost.UseTestServer());
        await app.StartAsync();
        return (app, app.GetTestClient());
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string url, string? host = null, string? key = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (host is not null)
            request.Headers.Host = host;
        if (key is not null)
            request.Headers.Add(WebSecurity.KeyHeader, key);
        return await client.SendAsync(request);
    }

    [Theory]
    [InlineData("evil.example", HttpStatusCode.BadRequest)]
    [InlineData("evil.example:5080", HttpStatusCode.BadRequest)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1:5080", HttpStatusCode.OK)]
    [InlineData("[::1]:5080", HttpStatusCode.OK)]
    public async Task A_foreign_host_header_is_refused(string host, HttpStatusCode expected)
    {
        var (app, client) = await Start();
        await using (app)
        using (client)
        using (var response = await Send(client, HttpMethod.Get, "/api/events", host))
            Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/events")]
    [InlineData("/api/events/nope")]
    [InlineData("/assets/marsad-report.js")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        var (app, client) = await Start();
        await using (app)
        using (client)
        using (var response = await client.GetAsync(path))
        {
            var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Contains("script-src 'self'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        }
    }

    [Fact]
    public async Task The_page_has_no_inline_script_or_style()
    {
        var (app, client) = await Start();
        await using (app)
        using (client)
        {
            var html = await client.GetStringAsync("/");
            Assert.DoesNotMatch(new Regex("<script(?![^>]*\\bsrc=)[^>]*>"), html);
            Assert.DoesNotContain("<style", html);
            Assert.DoesNotMatch(new Regex("\\son[a-z]+=|\\sstyle=", RegexOptions.IgnoreCase), html);
            using var css = await client.GetAsync("/assets/marsad-report.css");
            Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/events")]
    [InlineData("/api/pairs")]
    [InlineData("/api/export?format=csv")]
    public async Task Head_is_answered_like_get(string path)
    {
        var (app, client) = await Start();
        await using (app)
        using (client)
        using (var response = await Send(client, HttpMethod.Head, path))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/articles/https%3A%2F%2Fexample.org%2Fnews%2F2024%2F05%2F1%3Fref%3Dfeed")]
    [InlineData("/api/articles/https:%2F%2Fexample.org%2Fnews%2F2024%2F05%2F1%3Fref=feed")]
    [InlineData("/api/article?id=https%3A%2F%2Fexample.org%2Fnews%2F2024%2F05%2F1%3Fref%3Dfeed")]
    public async Task Ids_with_slashes_are_reachable(string url)
    {
        var (app, client) = await Start();
        await using (app)
        using (client)
        {
            var body = await client.GetStringAsync(url);
            Assert.Contains("https://example.org/news/2024/05/1?ref=feed", body);
        }
    }

    [Fact]
    public async Task With_a_key_every_request_must_carry_it()
    {
        var (app, client) = await Start(new WebOptions { ApiKey = Key });
        await using (app)
        using (client)
        {
            using (var none = await Send(client, HttpMethod.Get, "/api/events"))
                Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
            using (var wrong = await Send(client, HttpMethod.Get, "/", key: Key + "x"))
                Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            using (var asset = await Send(client, HttpMethod.Get, "/assets/marsad-report.js"))
                Assert.Equal(HttpStatusCode.Unauthorized, asset.StatusCode);
            using (var right = await Send(client, HttpMethod.Get, "/api/events", key: Key))
                Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        }
    }

    [Fact]
    public async Task A_browser_opens_the_page_with_the_key_once_and_keeps_it_in_a_cookie()
    {
        var (app, client) = await Start(new WebOptions { ApiKey = Key });
        await using (app)
        using (client)
        {
            using var opened = await client.GetAsync($"/?key={Key}&country=SYR");
            Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
            Assert.Equal("/?country=SYR", opened.Headers.Location?.OriginalString);
            var cookie = opened.Headers.GetValues("Set-Cookie").Single();
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
            request.Headers.Add("Cookie", cookie.Split(';')[0]);
            using var api = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        }
    }

    [Fact]
    public async Task Requests_over_the_concurrency_limit_are_answered_503()
    {
        var gate = new ManualResetEventSlim(false);
        var store = new BlockingStore(Snapshot, gate);
        await using var app = MarsadWeb.Build(store, [], new WebOptions { MaxConcurrentRequests = 1, QueueLimit = 0 }, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        using var client = app.GetTestClient();
        var first = client.GetAsync("/api/pairs");
        Assert.True(store.Entered.Wait(TimeSpan.FromSeconds(30)), "the first request never reached the store");
        using (var second = await client.GetAsync("/api/pairs"))
            Assert.Equal(HttpStatusCode.ServiceUnavailable, second.StatusCode);
        gate.Set();
        using (var done = await first)
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
    }

    [Fact]
    public async Task A_request_over_its_time_is_answered_504()
    {
        var gate = new ManualResetEventSlim(false);
        var store = new BlockingStore(Snapshot, gate);
        await using var app = MarsadWeb.Build(store, [], new WebOptions { RequestTimeout = TimeSpan.FromMilliseconds(200) }, b => b.WebHost.UseTestServer());
        await app.StartAsync();
        using var client = app.GetTestClient();
        var slow = client.GetAsync("/api/events");
        Assert.True(store.Entered.Wait(TimeSpan.FromSeconds(30)), "the request never reached the store");
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        gate.Set();
        using var response = await slow;
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
    }

    [Fact]
    public void Serving_beyond_this_machine_without_a_key_is_refused()
    {
        using var store = new Marsad.Tests.Cli.TempStore();
        var result = Marsad.Tests.Cli.CliHarness.Run("serve", "--db", store.Db, "--urls", "http://0.0.0.0:5999");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("refusing to serve on http://0.0.0.0:5999 without an API key", result.Error);
    }

    [Fact]
    public void A_short_api_key_is_refused()
    {
        using var store = new Marsad.Tests.Cli.TempStore();
        var result = Marsad.Tests.Cli.CliHarness.Run("serve", "--db", store.Db, "--api-key", "short");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("at least 16 characters", result.Error);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://[::]:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://192.168.1.10:5080", false)]
    [InlineData("http://news.example:5080", false)]
    public void Only_loopback_addresses_count_as_this_machine(string url, bool loopback) =>
        Assert.Equal(loopback, WebOptions.IsLoopback(url));

    /// <summary>A store whose analysis waits until the test lets it go.</summary>
    private sealed class BlockingStore(AnalysisSnapshot snapshot, ManualResetEventSlim gate) : IMarsadStore
    {
        public ManualResetEventSlim Entered { get; } = new(false);

        public AnalysisSnapshot? LoadAnalysis()
        {
            Entered.Set();
            gate.Wait(TimeSpan.FromSeconds(30));
            return snapshot;
        }

        public AddResult AddArticle(Marsad.Ingest.SourceDocument source, Marsad.Clean.Article article) => throw new NotSupportedException();
        public IReadOnlyList<string> Origins(string articleId) => [];
        public IReadOnlyList<Marsad.Clean.Article> LoadArticles() => [];
        public Marsad.Clean.Article? FindArticle(string id) => null;
        public Marsad.Ingest.SourceDocument? FindSource(string id) => null;
        public int CountArticles() => 0;
        public void SaveAnalysis(AnalysisSnapshot snapshot) => throw new NotSupportedException();
        public void Dispose()
        {
        }
    }
}
