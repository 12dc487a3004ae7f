using System.Net;
using Marsad.Cli.Web;
using Marsad.Store;
using Marsad.Tests.Cli;
using Marsad.Tests.Export;
using Marsad.Tests.Faults;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Marsad.Tests.Web;

/// <summary>
/// The server's limits (issue 12, item 7): read-only routes, errors without their details, request
/// logging at Warning with secrets masked, request line and header sizes on the real server, and
/// the API key that a non-loopback address requires.
/// </summary>
public sealed class WebLimitsTests
{
    private const string Key = "0123456789abcdef-limits-key";

    private static async Task<(WebApplication App, HttpClient Client)> Start(IMarsadStore store, WebOptions options, string environment = "Production")
    {
        var app = MarsadWeb.Build(store, [], options, b =>
        {
            b.WebHost.UseTestServer();
            b.Environment.EnvironmentName = environment;
        });
        await app.StartAsync();
        return (app, app.GetTestClient());
    }

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("POST", "/api/events")]
    [InlineData("PUT", "/api/events/e1")]
    [InlineData("DELETE", "/api/articles/a.txt")]
    [InlineData("PATCH", "/api/export?format=csv")]
    [InlineData("DELETE", "/api/article?id=a.txt")]
    public async Task Only_get_and_head_are_served(string method, string path)
    {
        var (app, client) = await Start(new SnapshotStore(SampleSnapshots.Small()), new WebOptions());
        await using (app)
        using (client)
        using (var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}") }))
        {
            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task A_failing_request_is_answered_500_without_the_exception(string environment)
    {
        var log = new StringWriter();
        var (app, client) = await Start(new FailingStore(), new WebOptions { Log = log }, environment);
        await using (app)
        using (client)
        using (var response = await client.GetAsync("/api/events"))
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Contains(WebSecurity.InternalError, body);
            Assert.DoesNotContain("InvalidOperationException", body);
            Assert.DoesNotContain(FailingStore.Detail, body);
            Assert.DoesNotContain("   at ", body);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        }
        // The operator's log has the exception, its password masked.
        Assert.Contains("InvalidOperationException", log.ToString());
        Assert.DoesNotContain("pw-in-exception-31", log.ToString());
    }

    [Fact]
    public async Task Requests_are_not_logged_by_default()
    {
        var log = new StringWriter();
        var (app, client) = await Start(new SnapshotStore(SampleSnapshots.Small()), new WebOptions { Log = log });
        await using (app)
        using (client)
            (await client.GetAsync("/api/events")).Dispose();

        Assert.Equal(LogLevel.Warning, new WebOptions().LogLevel);
        Assert.DoesNotContain("Request starting", log.ToString());
    }

    [Fact]
    public async Task Logged_requests_never_show_the_api_key()
    {
        var log = new StringWriter();
        var options = new WebOptions { ApiKey = Key, LogLevel = LogLevel.Information, Log = log };
        var (app, client) = await Start(new SnapshotStore(SampleSnapshots.Small()), options);
        await using (app)
        using (client)
            (await client.GetAsync($"/?key={Key}")).Dispose();

        Assert.Contains("Request starting", log.ToString());
        Assert.Contains("key=***", log.ToString());
        Assert.DoesNotContain(Key, log.ToString());
    }

    [Fact]
    public async Task The_real_server_refuses_an_over_long_request_line_or_headers_and_goes_on()
    {
        await using var app = MarsadWeb.Build(new SnapshotStore(SampleSnapshots.Small()), ["http://127.0.0.1:0"], new WebOptions { Log = TextWriter.Null }, configure: null);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        using (var longLine = await client.GetAsync("/api/events?country=" + new string('x', MarsadWeb.MaxRequestLine)))
            Assert.Equal(HttpStatusCode.RequestUriTooLong, longLine.StatusCode);
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/events"))
        {
            request.Headers.Add("X-Padding", new string('x', MarsadWeb.MaxRequestHeaders));
            using var bigHeaders = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, bigHeaders.StatusCode);
        }
        using var ordinary = await client.GetAsync("/api/events");
        Assert.Equal(HttpStatusCode.OK, ordinary.StatusCode);
        Assert.False(ordinary.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Serving_beyond_this_machine_with_a_key_file_is_allowed()
    {
        using var store = new TempStore();
        File.WriteAllText(store.PathOf("key"), Key + "\n");
        // serve reads a store that exists; it never makes one.
        Marsad.Store.StoreFactory.Open(store.Db).Dispose();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));

        var result = await CliHarness.RunAsync(stop.Token, "serve", "--db", store.Db, "--urls", "http://0.0.0.0:0", "--api-key-file", store.PathOf("key"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Marsad serving on http://0.0.0.0:0", result.Error);
        Assert.Contains("API key required", result.Error);
    }

    [Fact]
    public void An_empty_key_file_is_refused()
    {
        using var store = new TempStore();
        File.WriteAllText(store.PathOf("key"), "\n");

        var result = CliHarness.Run("serve", "--db", store.Db, "--api-key-file", store.PathOf("key"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("holds no key", result.Error);
    }

    [Fact]
    public void A_key_and_a_key_file_together_are_a_usage_error()
    {
        var result = CliProcess.Run(["serve", "--api-key", Key, "--api-key-file", "key.txt"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not both", result.Error);
    }

    /// <summary>A store whose analysis cannot be read.</summary>
    private sealed class FailingStore : IMarsadStore
    {
        public const string Detail = "the disk at /var/lib/marsad said no";

        public AnalysisSnapshot? LoadAnalysis() =>
            throw new InvalidOperationException(Detail + " (Host=db;Password=pw-in-exception-31)");

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
