using Marsad.Bench.Generator;

namespace Marsad.Bench;

/// <summary>`generate`: writes a corpus with its gold (see bench/README.md).</summary>
internal static class GenerateCommand
{
    public static int Run(BenchArgs args)
    {
        if (args.Value("--out") is not { } output)
        {
            Console.Error.WriteLine("generate --articles N --out DIR [--extra N] [--seed N] [--txt]");
            return 2;
        }
        var options = new GeneratorOptions(args.Int("--articles", 25_000), output, args.Int("--extra", 0), args.Int("--seed", 20240312), args.Flag("--txt"));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var summary = CorpusGenerator.Generate(options);
        Console.WriteLine(
            $"{summary.Articles} articles ({summary.Bytes / 1048576.0:F1} MB, {summary.Bytes / Math.Max(1, summary.Articles)} bytes each, " +
            $"{summary.Undated} undated), {summary.Events} events, {summary.NearMisses} near misses ({summary.NearMissShare:P0}), " +
            $"{summary.ExtraArticles} extra articles; written to {output} in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
