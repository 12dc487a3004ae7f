using System.Diagnostics;
using Marsad.Pipeline;
using Marsad.Store;
using Marsad.Tests.Store;
using Xunit.Abstractions;

namespace Marsad.Tests.Faults;

/// <summary>
/// kill -9 during ingest, analysis and run, at points drawn from a printed seed (issue 12, item 8),
/// on SQLite and (when a server answers) PostgreSQL; `watch` in <see cref="WatchKillTests"/>.
/// After every kill the store is checked (<see cref="KilledStore"/>): integrity, no article without
/// its source and origins, no more articles than the corpus has, and an analysis that is either the
/// previous one or the complete new one. At the end a re-run completes the work and a second one changes
/// nothing.
/// </summary>
public sealed class KillTests : IClassFixture<KillTests.Corpus>
{
    private const string AsOf = "2026-12-01";

    private const int Kills = 6;

    /// <summary>Sixty generated articles, a store with all of them, and how long a whole ingest and analysis take.</summary>
    public sealed class Corpus : IDisposable
    {
        public Corpus()
        {
            Folder = Directory.CreateTempSubdirectory("marsad-kill-").FullName;
            for (var i = 0; i < Articles; i++)
            {
                var path = Path.Combine(Input, $"{i / 20}", $"a{i:D3}.txt");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, PressText.Article(3_000, seed: 1000 + i));
            }
            var clock = Stopwatch.StartNew();
            Assert.Equal(0, CliProcess.Run(["ingest", Input, "--db", Reference]).ExitCode);
            IngestTime = clock.Elapsed;
            clock.Restart();
            Assert.Equal(0, CliProcess.Run(["analyze", "--db", Reference, "--as-of", AsOf]).ExitCode);
            AnalyzeTime = clock.Elapsed;
            using var store = StoreFactory.Open(Reference);
            Events = store.LoadAnalysis()!.Events.Select(e => e.Id).Order(StringComparer.Ordinal).ToArray();
        }

        public const int Articles = 60;

        public string Folder { get; }

        public string Input => Path.Combine(Folder, "corpus");

        public string Reference => Path.Combine(Folder, "reference.db");

        public TimeSpan IngestTime { get; }

        public TimeSpan AnalyzeTime { get; }

        /// <summary>The event ids of a complete analysis.</summary>
        public string[] Events { get; }

        public string NewStore(string name) => Path.Combine(Folder, name + ".db");

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }

    private readonly ITestOutputHelper output;
    private readonly Corpus corpus;

    public KillTests(ITestOutputHelper output, Corpus corpus)
    {
        this.output = output;
        this.corpus = corpus;
    }

    [Fact]
    public void Kill_during_ingest_leaves_a_sound_store_that_a_rerun_completes()
    {
        var seed = FaultSeed.Next();
        output.WriteLine(FaultSeed.Replay(seed));
        var random = new Random(seed);
        var db = corpus.NewStore("ingest-" + seed);
        foreach (var point in KillPoints(random, corpus.IngestTime))
        {
            var child = CliProcess.Run(["ingest", corpus.Input, "--db", db], point);
            output.WriteLine($"ingest killed after {point.TotalMilliseconds:0} ms: {(child.Killed ? "killed" : "had ended")}");
            CheckStore(db, seed, point);
        }
        Complete(db, seed);
    }

    [Fact]
    public void Kill_during_analysis_keeps_the_previous_analysis_or_the_new_one()
    {
        var seed = FaultSeed.Next();
        output.WriteLine(FaultSeed.Replay(seed));
        var random = new Random(seed);
        var db = corpus.NewStore("analyze-" + seed);
        File.Copy(corpus.Reference, db);
        foreach (var point in KillPoints(random, corpus.AnalyzeTime))
        {
            var child = CliProcess.Run(["analyze", "--db", db, "--as-of", AsOf], point);
            output.WriteLine($"analyze killed after {point.TotalMilliseconds:0} ms: {(child.Killed ? "killed" : "had ended")}");
            CheckStore(db, seed, point);
        }
        Complete(db, seed);
    }

    [Fact]
    public void Kill_during_run_leaves_a_sound_store()
    {
        var seed = FaultSeed.Next();
        output.WriteLine(FaultSeed.Replay(seed));
        var random = new Random(seed);
        var db = corpus.NewStore("run-" + seed);
        foreach (var point in KillPoints(random, corpus.IngestTime + corpus.AnalyzeTime).Take(Kills / 2))
        {
            var child = CliProcess.Run(["run", corpus.Input, "--db", db, "--as-of", AsOf], point);
            output.WriteLine($"run killed after {point.TotalMilliseconds:0} ms: {(child.Killed ? "killed" : "had ended")}");
            CheckStore(db, seed, point);
        }
        Complete(db, seed);
    }

    [PostgresFact]
    public void Kill_during_ingest_and_analysis_on_postgres_leaves_a_sound_store_that_a_rerun_completes()
    {
        var seed = FaultSeed.Next();
        output.WriteLine(FaultSeed.Replay(seed));
        var random = new Random(seed);
        using var scratch = new PostgresServer.Scratch();
        var db = scratch.ConnectionString;
        void Check(TimeSpan point) => KilledStore.CheckPostgres(db, Corpus.Articles, corpus.Events, $"{FaultSeed.Replay(seed)}, PostgreSQL, kill after {point.TotalMilliseconds:0} ms");
        foreach (var point in KillPoints(random, corpus.IngestTime).Take(Kills / 2))
        {
            var child = CliProcess.Run(["ingest", corpus.Input, "--db", db], point);
            output.WriteLine($"ingest on PostgreSQL killed after {point.TotalMilliseconds:0} ms: {(child.Killed ? "killed" : "had ended")}");
            Check(point);
        }
        Assert.Equal(0, CliProcess.Run(["ingest", corpus.Input, "--db", db]).ExitCode);
        // A first analysis to keep (each kill must leave it or the new one) and to time the kills by.
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, CliProcess.Run(["analyze", "--db", db, "--as-of", AsOf]).ExitCode);
        // Later analyses run warmer (the server's caches): points in the first three quarters of the first one.
        foreach (var point in KillPoints(random, clock.Elapsed * 0.7).Take(Kills / 2))
        {
            var child = CliProcess.Run(["analyze", "--db", db, "--as-of", AsOf], point);
            output.WriteLine($"analyze on PostgreSQL killed after {point.TotalMilliseconds:0} ms: {(child.Killed ? "killed" : "had ended")}");
            Check(point);
        }
        Complete(db, seed);
    }

    /// <summary>Kill points spread over the whole run, from process start-up to the last write.</summary>
    private static IEnumerable<TimeSpan> KillPoints(Random random, TimeSpan whole) =>
        Enumerable.Range(0, Kills).Select(_ => TimeSpan.FromMilliseconds(50 + random.NextDouble() * whole.TotalMilliseconds * 1.1)).ToArray();

    private void CheckStore(string db, int seed, TimeSpan point) =>
        KilledStore.CheckSqlite(db, Corpus.Articles, corpus.Events, $"{FaultSeed.Replay(seed)}, kill after {point.TotalMilliseconds:0} ms");

    /// <summary>A re-run completes the work; a second one finds nothing to add or update.</summary>
    private void Complete(string db, int seed)
    {
        var again = CliProcess.Run(["run", corpus.Input, "--db", db, "--as-of", AsOf]);
        Assert.True(again.ExitCode == 0, $"re-run failed ({FaultSeed.Replay(seed)}): {again.Error}");
        using var store = StoreFactory.Open(db);
        var outcomes = IngestService.Ingest(store, [corpus.Input]);
        Assert.True(outcomes.All(o => o.Status == IngestStatus.Duplicate), $"a second re-run changed the store ({FaultSeed.Replay(seed)})");
        Assert.Equal(Corpus.Articles, store.CountArticles());
        Assert.Equal(corpus.Events, store.LoadAnalysis()!.Events.Select(e => e.Id).Order(StringComparer.Ordinal));
    }
}
