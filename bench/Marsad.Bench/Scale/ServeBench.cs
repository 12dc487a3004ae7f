using System.Globalization;
using System.Text.Json;
using Marsad.Bench.Generator;
using Marsad.Cli.Web;
using Marsad.Store;

namespace Marsad.Bench.Scale;

/// <summary>
/// `serve`: requests per second of the server (<see cref="MarsadWeb"/>, in this process, on
/// loopback) over a store of a generated corpus, ingested and analysed once and then reused. For
/// /api/pairs and /api/events it runs a fixed number of clients in a closed loop, each bounded by
/// time and request count, first with the analysis read again for every request (uncached: a new
/// version each time), then kept (cached); then a burst of clients sent at once, each on its own
/// connection, against the kept analysis and right after a new one is saved.
/// </summary>
internal static class ServeBench
{
    private static readonly string[] Paths = ["/api/pairs", "/api/events"];

    public static async Task<int> Run(BenchArgs args)
    {
        var articles = args.Int("--articles", 3_000);
        var clients = args.Int("--clients", 8);
        var burst = args.Int("--burst", 1_000);
        var duration = TimeSpan.FromSeconds(args.Int("--seconds", 10));
        var maxRequests = args.Int("--max-requests", 100_000);
        var work = Path.GetFullPath(args.Value("--work") ?? Path.Combine(Path.GetTempPath(), "marsad-bench"));
        using var store = new RereadingStore(PreparedStore(work, articles, args.Int("--seed", 20240312)));
        var snapshot = store.LoadAnalysis()!;
        Console.Error.WriteLine($"store: {articles} articles, {snapshot.Events.Count} events; {Environment.ProcessorCount} cores; load {ProcessStats.Load()}");
        ReadCost(store);

        // The burst must not meet the concurrency limit's queue: every client waits its turn.
        var options = new WebOptions { Log = TextWriter.Null, QueueLimit = Math.Max(burst, 1024) };
        await using var app = MarsadWeb.Build(store, ["http://127.0.0.1:0"], options, configure: null);
        await app.StartAsync();
        var server = new Uri(app.Urls.Single());
        var results = new List<LoadResult>();
        using (var client = LoadClients.Client(server, clients, compressed: true))
        {
            await Sizes(server);
            foreach (var path in Paths)
            {
                store.EveryRequest = true;
                await LoadClients.ClosedLoop("warm-up", client, path, clients, TimeSpan.FromSeconds(2), maxRequests);
                results.Add(await LoadClients.ClosedLoop($"{path}, uncached (read per request)", client, path, clients, duration, maxRequests));
                store.EveryRequest = false;
                await LoadClients.ClosedLoop("warm-up", client, path, clients, TimeSpan.FromSeconds(2), maxRequests);
                results.Add(await LoadClients.ClosedLoop($"{path}, cached", client, path, clients, duration, maxRequests));
            }
        }
        using (var plain = LoadClients.Client(server, clients, compressed: false))
            results.Add(await LoadClients.ClosedLoop("/api/pairs, cached, uncompressed", plain, "/api/pairs", clients, duration, maxRequests));
        var bursts = new List<LoadResult>
        {
            await LoadClients.Burst($"{burst:N0} clients at once, /api/pairs, cached", server, "/api/pairs", burst),
        };
        store.Bump();
        bursts.Add(await LoadClients.Burst($"{burst:N0} clients at once, /api/pairs, just after a new analysis", server, "/api/pairs", burst));
        await app.StopAsync();
        Report(work, articles, clients, results, bursts);
        return 0;
    }

    /// <summary>The store of the generated corpus of that size, made (ingested and analysed) on first use.</summary>
    private static IMarsadStore PreparedStore(string work, int articles, int seed)
    {
        var path = Path.Combine(work, $"serve-{articles}-{seed}.db");
        if (File.Exists(path))
        {
            var existing = StoreFactory.Open(path);
            if (existing.AnalysisVersion() > 0 && existing.CountArticles() == articles)
                return existing;
            existing.Dispose();
        }
        var corpus = ScaleCommand.EnsureCorpus(work, articles, 0, seed, text: false);
        var bench = BenchStore.Fresh(path, keep: true);
        var store = bench.Open();
        ScaleCommand.Ingest(store, Path.Combine(corpus, "corpus"), "ingest");
        ScaleCommand.Analyze(store, "analysis", Path.Combine(corpus, "events.json"));
        return store;
    }

    /// <summary>What one uncached request pays, step by step (CPU time of this thread, the median of 5).</summary>
    private static void ReadCost(IMarsadStore store)
    {
        var steps = new Dictionary<string, List<double>>();
        void Step(string name, Action work)
        {
            var before = System.Diagnostics.Stopwatch.GetTimestamp();
            work();
            var ms = System.Diagnostics.Stopwatch.GetElapsedTime(before).TotalMilliseconds;
            (steps.TryGetValue(name, out var list) ? list : steps[name] = []).Add(ms);
        }
        for (var i = 0; i < 5; i++)
        {
            long? version = null;
            AnalysisSnapshot snapshot = null!;
            ServedAnalysis served = null!;
            EncodedAnswer pairs = null!;
            Step("version", () => version = store.AnalysisVersion());
            Step("read", () => snapshot = store.LoadAnalysis()!);
            Step("index", () => served = new ServedAnalysis(version, snapshot));
            Step("render pairs", () => pairs = served.Answer("pairs", "application/json", () => System.Text.Json.JsonSerializer.Serialize(served.PairsBody(), Marsad.Export.ExchangeJson.Options)));
            Step("brotli", () => _ = pairs.Brotli);
        }
        Console.WriteLine("one uncached request (wall ms, median of 5): " + string.Join(", ",
            steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value.Order().ElementAt(2):F1}"))));
    }

    /// <summary>The size of each answer plain, Brotli and gzip.</summary>
    private static async Task Sizes(Uri server)
    {
        using var client = LoadClients.Client(server, 1, compressed: false);
        foreach (var path in Paths)
        {
            var sizes = new List<string>();
            foreach (var encoding in new[] { "identity", "br", "gzip" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Add("Accept-Encoding", encoding);
                using var response = await client.SendAsync(request);
                sizes.Add($"{encoding} {(await response.Content.ReadAsByteArrayAsync()).Length / 1024.0:F1} KB");
            }
            Console.WriteLine($"{path}: {string.Join(", ", sizes)}");
        }
    }

    private static void Report(string work, int articles, int clients, List<LoadResult> results, List<LoadResult> bursts)
    {
        var machine = $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, load {ProcessStats.Load()}";
        Console.WriteLine();
        Console.WriteLine($"| {articles:N0} articles, {clients} clients, loopback | requests/s | answered | 503 | failed | p50 ms | p99 ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Label} | {r.PerSecond:F0} | {r.Ok} | {r.Refused} | {r.Failed} | {r.P50Ms:F1} | {r.P99Ms:F1} |"));
        Console.WriteLine();
        Console.WriteLine("| burst | answered 200 | 503 | failed | all answered in s | p50 ms | p99 ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in bursts)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {r.Label} | {r.Ok} | {r.Refused} | {r.Failed} | {r.Seconds:F2} | {r.P50Ms:F0} | {r.P99Ms:F0} |"));
        var folder = Directory.CreateDirectory(Path.Combine(work, "results")).FullName;
        var file = Path.Combine(folder, $"serve-{articles}-{DateTime.UtcNow:yyyyMMddTHHmmss}.json");
        File.WriteAllText(file, JsonSerializer.Serialize(new { articles, clients, machine, results, bursts }, GoldWriter.Json));
        Console.WriteLine($"({machine}; figures in {file})");
    }
}
