using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Marsad.Cli.Web;
using Marsad.Events;
using Marsad.Store;
using Marsad.Tests.Cli;
using Marsad.Tests.Export;
using Marsad.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Marsad.Tests.Web;

/// <summary>
/// The server at scale (issue 13, item 5): /api/events in pages, the analysis read once and kept
/// until a new one is saved, reads shared and stopped when their clients leave, answers compressed.
/// </summary>
public sealed class ServerScaleTests
{
    private static async Task<(WebApplication App, HttpClient Client)> Start(IMarsadStore store, WebOptions? options = null)
    {
        var app = MarsadWeb.Build(store, [], options ?? new WebOptions(), b => b.WebHost.UseTestServer());
        await app.StartAsync();
        return (app, app.GetTestClient());
    }

    /// <summary>
    /// <paramref name="count"/> events from the sample's four (three consultations, one accusation):
    /// many share a day (their order is then by id), some span a month, some are undated, and some
    /// ids hold '/' (as feed articles' events may).
    /// </summary>
    internal static AnalysisSnapshot Many(int count = 241)
    {
        var small = SampleSnapshots.Small();
        var events = Enumerable.Range(0, count).Select(i =>
        {
            var day = new DateOnly(2021, 1 + (i % 12), 1 + (i % 5));
            DateInterval? when = i % 17 == 0 ? null
                : i % 7 == 0 ? new DateInterval(new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, 28))
                : DateInterval.Day(day);
            var id = i % 10 == 3 ? $"https://example.org/feed/{i}/ev" : $"ev-{i:D3}";
            return small.Events[i % small.Events.Count] with { Id = id, When = when };
        }).ToArray();
        return new AnalysisSnapshot(SampleSnapshots.AnalyzedAt, small.Articles, events);
    }

    private static async Task<JsonElement> Get(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {text}");
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    private static IEnumerable<string> Ids(JsonElement page) => page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()!);

    [Theory]
    [InlineData("")]
    [InlineData("&status=occurred")]
    [InlineData("&from=2021-04&to=2021-09")]
    public async Task Pages_give_every_event_once_in_timeline_order(string filter)
    {
        var (app, client) = await Start(new SnapshotStore(Many()));
        await using var _ = app;
        using var __ = client;
        var whole = await Get(client, "/api/events?limit=1000" + filter);
        var expected = Ids(whole).ToArray();
        Assert.Equal(JsonValueKind.Null, whole.GetProperty("next").ValueKind);

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Get(client, "/api/events?limit=7" + filter + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            Assert.Equal(expected.Length, page.GetProperty("total").GetInt32());
            Assert.True(page.GetProperty("count").GetInt32() <= 7);
            seen.AddRange(Ids(page));
            cursor = page.GetProperty("next").GetString();
            Assert.True(++pages <= expected.Length, "the pages never end");
        }
        while (cursor is not null);

        Assert.True(expected.Length > 20, $"only {expected.Length} events match {filter}");
        Assert.Equal(expected, seen);
        Assert.Equal((expected.Length + 6) / 7, pages);
    }

    [Fact]
    public async Task Without_a_limit_a_page_holds_the_default_and_a_limit_above_the_maximum_is_lowered()
    {
        var (app, client) = await Start(new SnapshotStore(Many()));
        await using var _ = app;
        using var __ = client;
        var first = await Get(client, "/api/events");
        Assert.Equal(EventPaging.DefaultLimit, first.GetProperty("count").GetInt32());
        Assert.Equal(241, first.GetProperty("total").GetInt32());
        Assert.Equal(EventPaging.MaxLimit, (await Get(client, "/api/events?limit=99999")).GetProperty("limit").GetInt32());

        // An id with '/' that a page gave is reachable percent-encoded.
        var slashed = Ids(await Get(client, "/api/events?limit=1000")).First(id => id.Contains('/'));
        var one = await Get(client, "/api/events/" + Uri.EscapeDataString(slashed));
        Assert.Equal(slashed, one.GetProperty("event").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("cursor=not-a-cursor")]
    [InlineData("cursor=MXxkfDIwMjEtMDEtMDF8eHwyMDIxLTAxLTAxfGV2")] // "1|d|2021-01-01|x|2021-01-01|ev": days not a number
    [InlineData("cursor=")]
    [InlineData("limit=0")]
    [InlineData("limit=ten")]
    public async Task A_bad_cursor_or_limit_is_a_400(string query)
    {
        var (app, client) = await Start(new SnapshotStore(Many()));
        await using var _ = app;
        using var __ = client;
        using var response = await client.GetAsync("/api/events?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"error\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_running_server_answers_from_a_newly_saved_analysis()
    {
        using var temp = new TempStore();
        using var store = StoreFactory.Open(temp.Db);
        store.SaveAnalysis(SampleSnapshots.Small());
        var (app, client) = await Start(store);
        await using var _ = app;
        using var __ = client;
        Assert.Equal(4, (await Get(client, "/api/events")).GetProperty("total").GetInt32());

        // Another process (here another handle on the same file) saves a new analysis.
        using (var writer = StoreFactory.Open(temp.Db))
            writer.SaveAnalysis(Many() with { AnalyzedAt = SampleSnapshots.AnalyzedAt.AddDays(1) });

        var after = await Get(client, "/api/events");
        Assert.Equal(241, after.GetProperty("total").GetInt32());
        Assert.Equal(SampleSnapshots.AnalyzedAt.AddDays(1), after.GetProperty("analyzed_at").GetDateTimeOffset());
        Assert.Equal(241, (await Get(client, "/api/pairs")).GetProperty("pairs").EnumerateArray().Sum(p => p.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task The_analysis_is_read_once_until_a_new_one_is_saved()
    {
        var store = new CountingStore(SampleSnapshots.Small());
        var (app, client) = await Start(store);
        await using var _ = app;
        using var __ = client;
        foreach (var url in new[] { "/api/events", "/api/pairs", "/api/articles", "/", "/api/events/ev-2021-call", "/api/export?format=csv", "/api/pairs" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Equal(1, store.Reads);

        store.Save(Many());
        Assert.Equal(241, (await Get(client, "/api/events")).GetProperty("total").GetInt32());
        await Get(client, "/api/events");
        Assert.Equal(2, store.Reads);
    }

    [Fact]
    public async Task Requests_arriving_during_a_read_share_it()
    {
        using var gate = new ManualResetEventSlim(false);
        var store = new CountingStore(SampleSnapshots.Small()) { Gate = gate };
        var (app, client) = await Start(store);
        await using var _ = app;
        using var __ = client;
        var waiting = Enumerable.Range(0, 8).Select(_ => client.GetAsync("/api/pairs")).ToArray();
        Assert.True(store.Entered.Wait(TimeSpan.FromSeconds(30)), "no request reached the store");
        await Task.Delay(200);
        gate.Set();
        foreach (var response in await Task.WhenAll(waiting))
        {
            using (response)
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Equal(1, store.Reads);
    }

    [Fact]
    public async Task A_read_whose_client_left_is_stopped()
    {
        using var gate = new ManualResetEventSlim(false);
        var store = new CountingStore(SampleSnapshots.Small()) { Gate = gate };
        var (app, client) = await Start(store);
        await using var _ = app;
        using var __ = client;
        using var leave = new CancellationTokenSource();
        var request = client.GetAsync("/api/events", leave.Token);
        Assert.True(store.Entered.Wait(TimeSpan.FromSeconds(30)), "the request never reached the store");
        leave.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        Assert.True(store.SawCancellation.Wait(TimeSpan.FromSeconds(30)), "the store read went on after its client left");
    }

    [Theory]
    [InlineData("gzip", "/api/pairs")]
    [InlineData("gzip", "/assets/" + Marsad.Export.HtmlReport.ScriptFile)]
    [InlineData("br", "/api/events")]
    [InlineData("gzip", "/")]
    public async Task Answers_are_compressed_for_a_client_that_asks_and_keep_their_security_headers(string encoding, string url)
    {
        var (app, client) = await Start(new SnapshotStore(Many()));
        await using var _ = app;
        using var __ = client;
        using var plain = await client.GetAsync(url);
        var expected = await plain.Content.ReadAsByteArrayAsync();
        Assert.Empty(plain.Content.Headers.ContentEncoding);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Accept-Encoding", encoding);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length < expected.Length, $"{compressed.Length} bytes compressed, {expected.Length} plain");
        using var input = new MemoryStream(compressed);
        using Stream unpacked = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        await unpacked.CopyToAsync(output);
        Assert.Equal(expected, output.ToArray());
    }

    [Theory]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("gzip;q=0.5, br", "br")]
    [InlineData("identity", null)]
    [InlineData("*", "br")]
    public async Task The_encoding_is_the_best_one_the_client_accepts(string accept, string? expected)
    {
        var (app, client) = await Start(new SnapshotStore(Many()));
        await using var _ = app;
        using var __ = client;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/pairs");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", accept);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected is null ? [] : [expected], response.Content.Headers.ContentEncoding);
    }
}
