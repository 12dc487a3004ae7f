using System.Diagnostics;
using Marsad.Store;
using Xunit.Abstractions;

namespace Marsad.Tests.Faults;

/// <summary>
/// kill -9 of `marsad watch` polling a feed on a local server, at points drawn from a printed seed
/// (issue 12, item 8): while it fetches, stores the items, saves the feed's validators, analyses and
/// saves the analysis, or sleeps between polls. After each kill the store is checked as in
/// <see cref="KillTests"/>; then `watch --once` completes the work, and a poll that reads every item
/// again (the server ignoring validators) adds, updates and analyses nothing.
/// </summary>
public sealed class WatchKillTests : IClassFixture<WatchKillTests.Feed>
{
    private const string AsOf = "2026-12-01";

    private const int Kills = 4;

    /// <summary>A feed of generated articles on a local server, a store that watched it once, and how long that took.</summary>
    public sealed class Feed : IDisposable
    {
        public Feed()
        {
            Folder = Directory.CreateTempSubdirectory("marsad-watch-kill-").FullName;
            var items = Enumerable.Range(0, Items).Select(Item).ToArray();
            Server.Handler = request => Conditional && request.IfNoneMatch == "\"k1\"" ? new ServedResponse(304) : TestFeeds.Feed("\"k1\"", items);
            var clock = Stopwatch.StartNew();
            var once = CliProcess.Run(["watch", Url, "--once", "--db", Reference, "--as-of", AsOf]);
            Assert.True(once.ExitCode == 0, once.Error);
            WatchTime = clock.Elapsed;
            using var store = StoreFactory.Open(Reference);
            Assert.Equal(Items, store.CountArticles());
            Events = KilledStore.EventIds(store);
            Assert.NotEmpty(Events);
        }

        public const int Items = 24;

        internal LocalHttpServer Server { get; } = new();

        /// <summary>Whether the server answers 304 to the feed's entity tag (else it sends the whole feed every time).</summary>
        public bool Conditional { get; set; } = true;

        public string Url => Server.BaseUrl + "feed.xml";

        public string Folder { get; }

        public string Reference => Path.Combine(Folder, "reference.db");

        public TimeSpan WatchTime { get; }

        public string[] Events { get; }

        public string NewStore(string name) => Path.Combine(Folder, name + ".db");

        public void Dispose()
        {
            Server.Dispose();
            Directory.Delete(Folder, recursive: true);
        }

        private static (string Title, string Link, string Text) Item(int n)
        {
            var text = PressText.Article(3_000, seed: 5000 + n);
            return ($"مشاورات إقليمية، الجولة {n}", $"https://example.org/kill/{n}", text[(text.IndexOf('\n') + 1)..].TrimEnd());
        }
    }

    private readonly ITestOutputHelper output;
    private readonly Feed feed;

    public WatchKillTests(ITestOutputHelper output, Feed feed)
    {
        this.output = output;
        this.feed = feed;
    }

    [Fact]
    public void Kill_during_watch_leaves_a_sound_store_that_the_next_watch_completes()
    {
        var seed = FaultSeed.Next();
        output.WriteLine(FaultSeed.Replay(seed));
        var random = new Random(seed);
        var db = feed.NewStore("watch-" + seed);
        // Up to one and a half first rounds, so that kills fall in the sleep and the second poll too.
        foreach (var point in Enumerable.Range(0, Kills).Select(_ => TimeSpan.FromMilliseconds(50 + random.NextDouble() * feed.WatchTime.TotalMilliseconds * 1.5)).ToArray())
        {
            var child = CliProcess.Run(["watch", feed.Url, "--db", db, "--interval", "1s", "--as-of", AsOf], point);
            output.WriteLine($"watch killed after {point.TotalMilliseconds:0} ms: {(child.Killed ? "killed" : $"had ended ({child.ExitCode}): {child.Error}")}");
            Assert.True(child.Killed, $"watch ended by itself ({FaultSeed.Replay(seed)}): {child.Error}");
            KilledStore.CheckSqlite(db, Feed.Items, feed.Events, $"{FaultSeed.Replay(seed)}, watch killed after {point.TotalMilliseconds:0} ms");
        }

        var again = CliProcess.Run(["watch", feed.Url, "--once", "--db", db, "--as-of", AsOf]);
        Assert.True(again.ExitCode == 0, $"watch --once after the kills failed ({FaultSeed.Replay(seed)}): {again.Error}");
        DateTimeOffset analysedAt;
        using (var store = StoreFactory.Open(db))
        {
            Assert.Equal(Feed.Items, store.CountArticles());
            Assert.Equal(feed.Events, KilledStore.EventIds(store));
            analysedAt = store.LoadAnalysis()!.AnalyzedAt;
        }
        AssertRereadChangesNothing(db, seed, analysedAt);
    }

    /// <summary>Every item fetched and read again: all already stored, so nothing is written or analysed.</summary>
    private void AssertRereadChangesNothing(string db, int seed, DateTimeOffset analysedAt)
    {
        lock (feed)
        {
            feed.Conditional = false;
            try
            {
                var reread = CliProcess.Run(["watch", feed.Url, "--once", "--db", db, "--as-of", AsOf]);
                Assert.True(reread.ExitCode == 0, reread.Error);
                Assert.Contains($"0 new, 0 updated, {Feed.Items} already stored", reread.Out);
            }
            finally
            {
                feed.Conditional = true;
            }
        }
        using var store = StoreFactory.Open(db);
        Assert.True(Feed.Items == store.CountArticles(), $"the re-read changed the store ({FaultSeed.Replay(seed)})");
        Assert.Equal(analysedAt, store.LastAnalyzedAt());
    }
}
