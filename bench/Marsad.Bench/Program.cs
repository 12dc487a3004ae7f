using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Marsad.Bench;

// Full run:  dotnet run -c Release --project bench/Marsad.Bench -- --filter '*'
// Quick run: dotnet run -c Release --project bench/Marsad.Bench -- --quick   (in-process, short job, < 2 min)
// Profile:   dotnet run -c Release --project bench/Marsad.Bench -- --profile [--articles N]   (text layer, then every pipeline stage)
// Corpus:    dotnet run -c Release --project bench/Marsad.Bench -- generate --articles 25k --out DIR [--extra 1000] [--seed N] [--txt]
// Scale:     dotnet run -c Release --project bench/Marsad.Bench -- scale --articles 25k [--work DIR] [--db FILE|Host=...] (see bench/README.md)
// Serve:     ulimit -n 4096; dotnet run -c Release --project bench/Marsad.Bench -- serve --articles 3000 [--clients 8] [--seconds 10] [--burst 1000]
// Large:     dotnet run -c Release --project bench/Marsad.Bench -- --large [--depth 100000] [--mb 20]   (nested HTML, one 20 MB article)
if (args.Length > 0 && args[0] == "scale")
{
    Environment.ExitCode = Marsad.Bench.Scale.ScaleCommand.Run(new BenchArgs(args[1..]));
    return;
}
if (args.Length > 0 && args[0] == "serve")
{
    Environment.ExitCode = await Marsad.Bench.Scale.ServeBench.Run(new BenchArgs(args[1..]));
    return;
}
if (args.Length > 0 && args[0] == "generate")
{
    Environment.ExitCode = GenerateCommand.Run(new BenchArgs(args[1..]));
    return;
}
if (args.Contains("--large"))
{
    LargeInputBench.Run((int)LargeInputBench.Option(args, "--depth", 100_000), LargeInputBench.Option(args, "--mb", 20));
    return;
}
if (args.Contains("--profile"))
{
    StageProfile.Run();
    var at = Array.IndexOf(args, "--articles");
    PipelineProfile.Run(at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : PipelineProfile.DefaultArticles);
    return;
}

var quick = args.Contains("--quick");
var rest = args.Where(a => a != "--quick").ToList();
if (!rest.Contains("--filter"))
    rest.AddRange(["--filter", "*"]);

IConfig config = DefaultConfig.Instance;
if (quick)
{
    config = ManualConfig.Create(DefaultConfig.Instance)
        .AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5)
            .WithInvocationCount(1).WithUnrollFactor(1)
            .WithId("quick"));
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(TextLayerBenchmarks).Assembly).Run([.. rest], config);
foreach (var summary in summaries)
    PrintThroughput(summary);

static void PrintThroughput(Summary summary)
{
    var bytes = CorpusBytes(summary);
    var rows = summary.Reports
        .Where(r => r.ResultStatistics is not null)
        .Select(r => (Name: r.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo, Seconds: r.ResultStatistics!.Mean / 1e9))
        .ToArray();
    if (rows.Length == 0)
        return;
    Console.WriteLine();
    Console.WriteLine($"Corpus: {bytes / 1048576.0:F2} MB UTF-8 ({Environment.ProcessorCount} cores, {Environment.Version})");
    foreach (var (name, seconds) in rows)
        Console.WriteLine($"  {name,-28} {seconds * 1000,9:F1} ms   {bytes / 1048576.0 / seconds,7:F1} MB/s");
    var lucene = rows.FirstOrDefault(r => r.Name.Contains("Lucene", StringComparison.Ordinal));
    var marsad = rows.FirstOrDefault(r => r.Name.Contains("Marsad", StringComparison.Ordinal));
    if (lucene.Name is not null && marsad.Name is not null)
        Console.WriteLine($"  Marsad / Lucene throughput: {lucene.Seconds / marsad.Seconds:F2}x");
}

// Out of process (a full run) a benchmark's statics stay empty here: its corpus is measured again.
static long CorpusBytes(Summary summary)
{
    if (summary.BenchmarksCases.FirstOrDefault()?.Descriptor.Type == typeof(PhraseMatcherBenchmarks))
        return PhraseMatcherBenchmarks.CorpusBytes > 0 ? PhraseMatcherBenchmarks.CorpusBytes : Corpus.Utf8Bytes(Corpus.Build(PhraseMatcherBenchmarks.CorpusSize));
    return TextLayerBenchmarks.CorpusBytes > 0 ? TextLayerBenchmarks.CorpusBytes : Corpus.Utf8Bytes(Corpus.Build());
}
