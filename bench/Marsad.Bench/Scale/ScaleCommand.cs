using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Marsad.Actors;
using Marsad.Bench.Generator;
using Marsad.Evaluation;
using Marsad.Export;
using Marsad.Pipeline;
using Marsad.Store;

namespace Marsad.Bench.Scale;

/// <summary>
/// One timed phase: how many articles, how long (wall clock, and CPU time of the process: on a
/// shared machine the second says more), the peak resident memory of the process during it, the
/// machine's load before and after.
/// </summary>
internal sealed record Phase(string Name, int Articles, double Seconds, double CpuSeconds, double? PeakMb, double? LoadBefore, double? LoadAfter)
{
    public double PerSecond => Seconds > 0 ? Articles / Seconds : 0;

    public double PerCpuSecond => CpuSeconds > 0 ? Articles / CpuSeconds : 0;
}

/// <summary>The figures of one run of `scale`, as written to results/*.json.</summary>
internal sealed record ScaleResult(
    string Store, int Articles, string Machine, IReadOnlyList<Phase> Phases, int? Events, double? F1, double? Precision,
    double? Recall, double? DateExact, int? Split, int? Mixed, int? MixedNearMisses, double? F1AfterAdd);

/// <summary>
/// `scale`: generates (or reuses) a corpus with gold, ingests it into an empty store, runs the
/// analysis over the store, scores the saved events against the gold, and, with --add N, ingests
/// and analyses a later delivery of N articles (half new reports of stored events). Prints a
/// table; writes the figures to WORK/results/.
/// </summary>
internal static class ScaleCommand
{
    /// <summary>The as-of day of the analysis: a few weeks after the last generated event.</summary>
    private static readonly DateOnly AsOf = new(2024, 12, 31);

    public static int Run(BenchArgs args)
    {
        var articles = args.Int("--articles", 25_000);
        var add = args.Int("--add", 0);
        var work = Path.GetFullPath(args.Value("--work") ?? Path.Combine(Path.GetTempPath(), "marsad-bench"));
        var corpus = EnsureCorpus(work, articles, add, args.Int("--seed", 20240312), args.Flag("--txt"));
        if (args.Flag("--ingest-profile"))
        {
            IngestProfile.Run(Path.Combine(corpus, "corpus"), args.Value("--db") ?? Path.Combine(work, $"profile-{articles}.db"));
            return 0;
        }
        using var bench = BenchStore.Fresh(args.Value("--db") ?? Path.Combine(work, $"bench-{articles}.db"), args.Flag("--keep"));
        Console.Error.WriteLine($"store: {bench.Label}; corpus: {corpus}; {Environment.ProcessorCount} cores; load {ProcessStats.Load()}");

        var phases = new List<Phase>();
        using var store = bench.Open();
        phases.Add(Ingest(store, Path.Combine(corpus, "corpus"), "ingest"));
        if (args.Flag("--ingest-only"))
            return Report(bench.Label, articles, phases, null, null, null, work);

        var (analysis, events) = Analyze(store, "analysis", Path.Combine(corpus, "events.json"));
        phases.Add(analysis);
        var card = ExchangeScorer.ScoreFiles(Path.Combine(corpus, "gold.json"), events);
        var merge = MergeDiagnostics.Compute(Path.Combine(corpus, "gold.json"), events);
        Console.WriteLine(card.Summary);
        PrintTemplates(merge);

        Scorecard? afterAdd = null;
        if (add > 0)
        {
            phases.Add(Ingest(store, Path.Combine(corpus, "extra"), $"ingest +{add}"));
            var (again, addedEvents) = Analyze(store, $"analysis +{add}", Path.Combine(corpus, "events-with-extra.json"));
            phases.Add(again);
            afterAdd = ExchangeScorer.ScoreFiles(Path.Combine(corpus, "gold-with-extra.json"), addedEvents);
            Console.WriteLine("after the delivery: " + afterAdd.Summary);
        }
        return Report(bench.Label, articles, phases, card, merge, afterAdd, work);
    }

    internal static string EnsureCorpus(string work, int articles, int add, int seed, bool text)
    {
        var folder = Path.Combine(work, $"corpus-{articles}{(add > 0 ? "+" + add : "")}-{seed}{(text ? "-txt" : "")}");
        if (!File.Exists(Path.Combine(folder, "summary.json")))
        {
            var clock = Stopwatch.StartNew();
            var summary = CorpusGenerator.Generate(new GeneratorOptions(articles, folder, add, seed, text));
            Console.Error.WriteLine($"generated {summary.Articles} articles, {summary.Events} events ({summary.NearMissShare:P0} near misses) in {clock.Elapsed.TotalSeconds:F0} s");
        }
        return folder;
    }

    internal static Phase Ingest(IMarsadStore store, string folder, string name)
    {
        var heard = 0;
        var progress = new CountingProgress(() =>
        {
            if (++heard % 10_000 == 0)
                Console.Error.WriteLine($"  {name}: {heard} documents");
        });
        return Timed(name, () =>
        {
            var outcomes = IngestService.Ingest(store, [folder], progress);
            if (heard != outcomes.Count || outcomes.Any(o => o.Failed))
                throw new InvalidOperationException($"{name}: {outcomes.Count(o => o.Failed)} failed, progress heard {heard} of {outcomes.Count}");
            return outcomes.Count;
        });
    }

    internal static (Phase Phase, string EventsPath) Analyze(IMarsadStore store, string name, string eventsPath)
    {
        var analyzer = new CorpusAnalyzer(KnowledgeBase.Default, AnalysisOptions.Default with { AsOf = AsOf });
        AnalysisSnapshot snapshot = null!;
        var phase = Timed(name, () =>
        {
            snapshot = StoreAnalysis.AnalyzeAndSave(store, analyzer);
            return snapshot.Articles.Count;
        });
        File.WriteAllText(eventsPath, ExchangeJson.Write(snapshot));
        Console.Error.WriteLine($"  {name}: {snapshot.Events.Count} events");
        return (phase, eventsPath);
    }

    private static Phase Timed(string name, Func<int> work)
    {
        var resettable = ProcessStats.ResetPeak();
        var load = ProcessStats.Load();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var count = work();
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var phase = new Phase(name, count, seconds, cpuSeconds, resettable ? ProcessStats.PeakMb() : null, load, ProcessStats.Load());
        Console.Error.WriteLine($"  {name}: {count} articles in {seconds:F1} s ({phase.PerSecond:F0}/s; CPU {cpuSeconds:F1} s), peak {phase.PeakMb:F0} MB");
        return phase;
    }

    private static void PrintTemplates(MergeDiagnostics merge)
    {
        Console.WriteLine($"merge: {merge.Split} gold events split over several events, {merge.Mixed} events joining several gold events ({merge.MixedNearMisses} with a near miss)");
        Console.WriteLine("reports found, by phrasing: " + string.Join(", ",
            merge.ByTemplate.Where(t => t.Found < t.Total).Select(t => $"{t.Template} {t.Found}/{t.Total}")));
    }

    private static int Report(string label, int articles, List<Phase> phases, Scorecard? card, MergeDiagnostics? merge, Scorecard? afterAdd, string work)
    {
        var machine = $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, load {ProcessStats.Load()}";
        Console.WriteLine();
        Console.WriteLine($"| {label}, {articles:N0} articles | articles | wall s | articles/s | CPU s | articles/CPU s | peak RSS MB | load before/after |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var p in phases)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {p.Name} | {p.Articles} | {p.Seconds:F1} | {p.PerSecond:F0} | {p.CpuSeconds:F1} | {p.PerCpuSecond:F0} | {p.PeakMb:F0} | {p.LoadBefore:F1} / {p.LoadAfter:F1} |"));
        var result = new ScaleResult(label, articles, machine, phases, card is null ? null : card.EventsTp + card.EventsFp, card?.EventsF1,
            card?.EventsPrecision, card?.EventsRecall, card?.DateExact, merge?.Split, merge?.Mixed, merge?.MixedNearMisses, afterAdd?.EventsF1);
        var folder = Directory.CreateDirectory(Path.Combine(work, "results")).FullName;
        var path = Path.Combine(folder, $"{articles}-{label}-{DateTime.UtcNow:yyyyMMddTHHmmss}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(result, GoldWriter.Json));
        Console.WriteLine($"({machine}; figures in {path})");
        return 0;
    }

    private sealed class CountingProgress(Action heard) : IProgress<IngestOutcome>
    {
        public void Report(IngestOutcome value) => heard();
    }
}
