using Marsad.Actors;
using Marsad.Pipeline;
using Marsad.Store;

namespace Marsad.Tests.Pipeline;

/// <summary>The feed monitor against a local HTTP server on 127.0.0.1, with a clock the tests move.</summary>
public sealed class FeedMonitorTests : IDisposable
{
    private static readonly WatchOptions Options = new(TimeSpan.FromMinutes(10), TimeSpan.FromHours(6));
    private readonly string _folder = Directory.CreateTempSubdirectory("marsad-watch-").FullName;
    private readonly LocalHttpServer _server = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string Url => _server.BaseUrl + "feed.xml";

    private SqliteStore Store() => new(Path.Combine(_folder, "watch.db"));

    private FeedMonitor Monitor(IMarsadStore store) =>
        new(store, () => new CorpusAnalyzer(KnowledgeBase.Default, AnalysisOptions.Default with { AsOf = new DateOnly(2026, 11, 24) }), Options, _clock);

    private static (string Title, string Link, string Text) Seed(int n) => TestFeeds.Seed(n);

    private static ServedResponse Feed(string? etag, params (string, string, string)[] items) => TestFeeds.Feed(etag, items);

    [Fact]
    public void An_unchanged_feed_answered_304_re_ingests_nothing_and_is_not_analysed_again()
    {
        _server.Handler = r => r.IfNoneMatch == "\"v1\"" ? new ServedResponse(304) : Feed("\"v1\"", Seed(0), Seed(2));
        DateTimeOffset analysedAt;
        using (var store = Store())
        using (var monitor = Monitor(store))
        {
            var first = monitor.Round([Url]);
            Assert.Equal(PollStatus.Changed, first.Polls[0].Status);
            Assert.Equal(2, first.Polls[0].Added);
            Assert.NotNull(first.Analysis);
            analysedAt = store.LoadAnalysis()!.AnalyzedAt;

            _clock.Now += Options.Interval;
            var second = monitor.Round([Url]);
            Assert.Equal(PollStatus.NotModified, second.Polls[0].Status);
            Assert.Null(second.Analysis);
            Assert.Equal(("\"v1\"", TestFeeds.LastModified), (_server.Requests.Last().IfNoneMatch, _server.Requests.Last().IfModifiedSince));
        }
        // The validators live in the store: a new monitor (a restart) asks conditionally too.
        using var reopened = Store();
        using var restarted = Monitor(reopened);
        _clock.Now += Options.Interval;
        Assert.Equal(PollStatus.NotModified, restarted.Round([Url]).Polls[0].Status);
        Assert.Equal(2, reopened.CountArticles());
        Assert.Equal(analysedAt, reopened.LoadAnalysis()!.AnalyzedAt);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public void A_watch_stopped_before_its_analysis_is_analysed_by_the_next_one_even_if_nothing_is_new()
    {
        using var store = Store();
        StopBeforeTheAnalysis(store);
        Assert.Equal(2, store.CountArticles());
        Assert.Null(store.LoadAnalysis());

        using var restarted = Monitor(store);
        AssertTheNextRoundAnalyses(restarted, store, PollStatus.NotModified);
        // Once the analysis is saved, a round with nothing new analyses nothing.
        _clock.Now += Options.Interval;
        Assert.Null(restarted.Round([Url]).Analysis);
        using var again = Monitor(store);
        _clock.Now += Options.Interval;
        Assert.Null(again.Round([Url]).Analysis);
    }

    [Fact]
    public void A_watch_stopped_before_it_saved_what_it_learnt_of_the_url_is_analysed_by_the_next_one()
    {
        using var store = Store();
        StopBeforeTheAnalysis(store);
        // As a process killed between storing the articles and saving the URL's validators and times.
        store.SaveFeedState(FeedState.New(Url));

        using var restarted = Monitor(store);
        AssertTheNextRoundAnalyses(restarted, store, PollStatus.Unchanged);
    }

    /// <summary>A feed of two items is stored with its validators, then the analysis fails (as a process killed there).</summary>
    private void StopBeforeTheAnalysis(IMarsadStore store)
    {
        _server.Handler = r => r.IfNoneMatch == "\"v1\"" ? new ServedResponse(304) : Feed("\"v1\"", Seed(0), Seed(2));
        using var stopped = new FeedMonitor(store, () => throw new IOException("stopped"), Options, _clock);
        Assert.Throws<IOException>(() => stopped.Round([Url]));
    }

    /// <summary>A round an interval later finds nothing new, answered <paramref name="poll"/>, and analyses the two stored items.</summary>
    private void AssertTheNextRoundAnalyses(FeedMonitor monitor, IMarsadStore store, PollStatus poll)
    {
        _clock.Now += Options.Interval;
        var round = monitor.Round([Url]);
        Assert.Equal(poll, round.Polls[0].Status);
        Assert.NotNull(round.Analysis);
        Assert.Equal(2, store.LoadAnalysis()!.Articles.Count);
    }

    [Fact]
    public void A_failing_url_backs_off_doubling_the_wait_and_recovers()
    {
        _server.Handler = _ => new ServedResponse(500, "oops", "text/plain");
        using var store = Store();
        using var monitor = Monitor(store);
        var start = _clock.Now;

        var first = monitor.Round([Url]).Polls[0];
        Assert.Equal(PollStatus.Failed, first.Status);
        Assert.Contains("HTTP 500", first.Error, StringComparison.Ordinal);
        Assert.Equal(start + 2 * Options.Interval, first.NextPoll);

        _clock.Now += Options.Interval;
        Assert.Equal(PollStatus.Waiting, monitor.Round([Url]).Polls[0].Status);
        Assert.Single(_server.Requests);

        _clock.Now = first.NextPoll;
        var second = monitor.Round([Url]).Polls[0];
        Assert.Equal(PollStatus.Failed, second.Status);
        Assert.Equal(_clock.Now + 4 * Options.Interval, second.NextPoll);
        Assert.Equal(2, store.FindFeedState(Url)!.Failures);

        _server.Handler = _ => Feed("\"v1\"", Seed(2));
        _clock.Now = second.NextPoll;
        var recovered = monitor.Round([Url]).Polls[0];
        Assert.Equal(PollStatus.Changed, recovered.Status);
        Assert.Equal(_clock.Now + Options.Interval, recovered.NextPoll);
        Assert.Equal(0, store.FindFeedState(Url)!.Failures);
        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public void A_server_that_asks_to_retry_later_is_left_alone_that_long()
    {
        _server.Handler = _ =>
        {
            var busy = new ServedResponse(503, "busy", "text/plain");
            busy.Headers["Retry-After"] = "7200";
            return busy;
        };
        using var store = Store();
        using var monitor = Monitor(store);
        var poll = monitor.Round([Url]).Polls[0];
        Assert.Equal(PollStatus.Failed, poll.Status);
        Assert.Equal(_clock.Now + TimeSpan.FromHours(2), poll.NextPoll);
    }

    [Fact]
    public void A_new_item_is_stored_and_analysed()
    {
        var v1 = Seed(2);
        var v2 = Seed(3);
        _server.Handler = _ => Feed("\"v1\"", v1);
        using var store = Store();
        using var monitor = Monitor(store);
        Assert.Equal(1, monitor.Round([Url]).Polls[0].Added);

        _server.Handler = r => r.IfNoneMatch == "\"v2\"" ? new ServedResponse(304) : Feed("\"v2\"", v2, v1);
        _clock.Now += Options.Interval;
        var round = monitor.Round([Url]);

        Assert.Equal((PollStatus.Changed, 1, 1), (round.Polls[0].Status, round.Polls[0].Added, round.Polls[0].Duplicates));
        Assert.Equal(2, store.CountArticles());
        var analysis = Assert.IsType<AnalysisSnapshot>(round.Analysis);
        Assert.Contains(analysis.Articles, a => a.Id == v2.Link);
        Assert.Contains(analysis.Events, e => e.Sources.Contains(v2.Link));
        Assert.Equal(analysis.AnalyzedAt, store.LoadAnalysis()!.AnalyzedAt);
    }

    [Fact]
    public void Several_urls_are_polled_in_one_round_and_one_failure_does_not_stop_the_others()
    {
        _server.Handler = r => r.Path == "/feed.xml" ? Feed("\"v1\"", Seed(2)) : new ServedResponse(404, "no", "text/plain");
        using var store = Store();
        using var monitor = Monitor(store);
        var round = monitor.Round([_server.BaseUrl + "missing.xml", Url]);
        Assert.Equal([PollStatus.Failed, PollStatus.Changed], round.Polls.Select(p => p.Status));
        Assert.True(round.AnyFailed);
        Assert.NotNull(round.Analysis);
    }

    [Fact]
    public void Last_modified_alone_makes_the_request_conditional()
    {
        _server.Handler = r => r.IfModifiedSince == TestFeeds.LastModified ? new ServedResponse(304) : Feed(null, Seed(2));
        using var store = Store();
        using var monitor = Monitor(store);
        Assert.Equal(PollStatus.Changed, monitor.Round([Url]).Polls[0].Status);

        _clock.Now += Options.Interval;
        Assert.Equal(PollStatus.NotModified, monitor.Round([Url]).Polls[0].Status);
        var asked = _server.Requests.Last();
        Assert.Equal((null, TestFeeds.LastModified), (asked.IfNoneMatch, asked.IfModifiedSince));
        Assert.Null(_server.Requests.First().IfModifiedSince);
    }

    [Fact]
    public void Items_sent_again_by_a_server_that_ignores_validators_are_stored_once()
    {
        var version = 0;
        _server.Handler = _ => Feed($"\"v{++version}\"", Seed(0), Seed(2));
        using var store = Store();
        using var monitor = Monitor(store);
        Assert.Equal(2, monitor.Round([Url]).Polls[0].Added);

        _clock.Now += Options.Interval;
        var again = monitor.Round([Url]);
        Assert.Equal((PollStatus.Unchanged, 0, 0, 2), (again.Polls[0].Status, again.Polls[0].Added, again.Polls[0].Updated, again.Polls[0].Duplicates));
        Assert.Null(again.Analysis);
        Assert.Equal(2, store.CountArticles());
        Assert.Equal("\"v2\"", store.FindFeedState(Url)!.ETag);
    }

    [Fact]
    public void Bad_items_are_reported_one_by_one_and_the_good_ones_stored()
    {
        var good = Seed(2);
        var later = Seed(3);
        const string Broken = """
            <?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>عنب بلدي</title><link>https://example.org/</link><description>أخبار</description>
            <item><title>{0}</title><link>{1}</link><description>{2}</description></item>
            <item><title>بلا نص</title><link>https://example.org/news/empty</link></item>
            <item><title>صورة فقط</title><link>https://example.org/news/image</link><description>&lt;img src="a.jpg"/&gt;</description></item>
            </channel></rss>
            """;
        var body = string.Format(System.Globalization.CultureInfo.InvariantCulture, Broken,
            System.Security.SecurityElement.Escape(good.Title), good.Link, System.Security.SecurityElement.Escape("<p>" + good.Text.Replace("\n", "</p><p>", StringComparison.Ordinal) + "</p>"));
        _server.Handler = _ => new ServedResponse(200, body) { Headers = { ["ETag"] = "\"v1\"" } };
        using var store = Store();
        using var monitor = Monitor(store);

        var poll = monitor.Round([Url]).Polls[0];
        Assert.Equal((PollStatus.Changed, 1, 2), (poll.Status, poll.Added, poll.Failed));
        Assert.Equal([(Url + "#2", "feed item has no content or summary"), (Url + "#3", "feed item has no text")],
            poll.Rejected.Select(r => (r.Origin, r.Error)));
        Assert.Equal(1, store.CountArticles());
        Assert.Equal(good.Link, Assert.Single(store.LoadArticles()).Id);

        // The next answer: the good item again and a new one; the bad items left no trace.
        _server.Handler = _ => Feed("\"v2\"", later, good);
        _clock.Now += Options.Interval;
        var next = monitor.Round([Url]);
        Assert.Equal((1, 1, 0), (next.Polls[0].Added, next.Polls[0].Duplicates, next.Polls[0].Failed));
        Assert.Empty(next.Polls[0].Rejected);
        Assert.Equal([good.Link, later.Link], store.LoadArticles().Select(a => a.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_feed_none_of_whose_items_is_readable_is_a_failed_poll_that_backs_off()
    {
        _server.Handler = _ => Feed("\"v1\"", ("أ", "https://example.org/news/a", ""), ("ب", "https://example.org/news/b", ""));
        using var store = Store();
        using var monitor = Monitor(store);
        var poll = monitor.Round([Url]).Polls[0];
        Assert.Equal((PollStatus.Failed, "none of its 2 items is readable"), (poll.Status, poll.Error));
        Assert.Equal([Url + "#1", Url + "#2"], poll.Rejected.Select(r => r.Origin));
        Assert.Equal(_clock.Now + 2 * Options.Interval, poll.NextPoll);
        Assert.Equal(0, store.CountArticles());
        Assert.Null(store.FindFeedState(Url)!.ETag);
    }

    [Fact]
    public void A_broken_feed_fails_and_leaves_the_store_and_the_validators_as_they_were()
    {
        _server.Handler = _ => Feed("\"v1\"", Seed(0), Seed(2));
        using var store = Store();
        using var monitor = Monitor(store);
        monitor.Round([Url]);
        var analysedAt = store.LoadAnalysis()!.AnalyzedAt;

        var truncated = LocalHttpServer.Rss(Seed(3));
        _server.Handler = _ => new ServedResponse(200, truncated[..(truncated.Length / 2)]) { Headers = { ["ETag"] = "\"v2\"" } };
        _clock.Now += Options.Interval;
        var broken = monitor.Round([Url]);
        Assert.Equal(PollStatus.Failed, broken.Polls[0].Status);
        Assert.Null(broken.Analysis);
        Assert.Equal(2, store.CountArticles());
        Assert.Equal(analysedAt, store.LoadAnalysis()!.AnalyzedAt);
        var state = store.FindFeedState(Url)!;
        Assert.Equal(("\"v1\"", 1), (state.ETag, state.Failures));

        // After the back-off, the server has mended its feed: the old validators still hold.
        _server.Handler = r => r.IfNoneMatch == "\"v1\"" ? new ServedResponse(304) : Feed("\"v1\"", Seed(0), Seed(2));
        _clock.Now = broken.Polls[0].NextPoll;
        Assert.Equal(PollStatus.NotModified, monitor.Round([Url]).Polls[0].Status);
    }

    [Fact]
    public void The_back_off_outlives_a_restart()
    {
        _server.Handler = _ => new ServedResponse(500, "oops", "text/plain");
        DateTimeOffset due;
        using (var store = Store())
        using (var monitor = Monitor(store))
            due = monitor.Round([Url]).Polls[0].NextPoll;

        using var reopened = Store();
        using var restarted = Monitor(reopened);
        _clock.Now += Options.Interval;
        var waiting = restarted.Round([Url]).Polls[0];
        Assert.Equal((PollStatus.Waiting, due), (waiting.Status, waiting.NextPoll));
        Assert.Contains("HTTP 500", waiting.Error, StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public void A_server_that_is_not_there_is_a_failed_poll()
    {
        var url = _server.BaseUrl + "feed.xml";
        _server.Dispose();
        using var store = Store();
        using var monitor = Monitor(store);
        var poll = monitor.Round([url]).Polls[0];
        Assert.Equal(PollStatus.Failed, poll.Status);
        Assert.Contains("download failed", poll.Error, StringComparison.Ordinal);
        Assert.Equal(1, store.FindFeedState(url)!.Failures);
    }

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
