using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Marsad.Actors;
using Marsad.Clean;
using Marsad.Ingest;
using Marsad.Pipeline;

namespace Marsad.Bench;

/// <summary>
/// `--large`: the two pathological-input figures of bench/README.md. Ingest of a page of
/// 100,000 nested &lt;div&gt; (target: at most 2 s), and ingest plus analysis of one generated
/// 20 MB article (target: at most 30 s), with the time of every stage and the budget warnings.
/// </summary>
public static class LargeInputBench
{
    /// <summary>Runs both measures; <paramref name="depth"/> and <paramref name="megabytes"/> size the inputs.</summary>
    public static void Run(int depth, double megabytes)
    {
        NestedHtml(depth);
        LongArticle(megabytes);
    }

    private static void NestedHtml(int depth)
    {
        var path = Path.Combine(Path.GetTempPath(), $"marsad-nested-{depth}.html");
        File.WriteAllText(path, LargeInputs.NestedHtml(depth));
        var reader = new DocumentReader();
        reader.ReadFile(Path.Combine(Corpus.SamplesFolder("seeds"), "000_f34a1aeb87f964bc.txt")); // warm up
        var (items, wall, cpu) = Measure(() => reader.ReadFile(path, "nested.html"));
        var size = new FileInfo(path).Length;
        File.Delete(path);
        var outcome = items[0].Document is { } d ? $"{d.Body.Length} characters of text" : items[0].Error;
        Console.WriteLine($"nested HTML: {depth:N0} nested <div>, {size / 1048576.0:F2} MB: ingest wall {wall.TotalSeconds:F2} s, CPU {cpu.TotalSeconds:F2} s ({outcome})");
    }

    private static void LongArticle(double megabytes)
    {
        var bytes = (int)(megabytes * 1_000_000);
        var text = LargeInputs.LongArticle(bytes);
        var raw = Encoding.UTF8.GetBytes(text);
        var analyzer = new CorpusAnalyzer(KnowledgeBase.Default, new AnalysisOptions(new DateOnly(2026, 12, 1), new DateOnly(2000, 1, 1)));
        analyzer.Analyze([Clean(Encoding.UTF8.GetBytes(LargeInputs.LongArticle(20_000)))]); // warm up
        var (article, readWall, _) = Measure(() => Clean(raw));
        var timings = new StageTimings();
        var (analysis, wall, cpu) = Measure(() => analyzer.Analyze([article], null, timings));
        var result = analysis.Articles[0];
        Console.WriteLine($"long article: {raw.Length / 1e6:F1} MB ({raw.Length:N0} bytes), {result.Text.Tokens.Count:N0} tokens, {result.Text.Sentences.Count:N0} sentences: " +
                          $"read and clean {readWall.TotalSeconds:F1} s; analysis wall {wall.TotalSeconds:F1} s, CPU {cpu.TotalSeconds:F1} s, " +
                          $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MB");
        Console.WriteLine($"  published {result.Published.Interval}, {result.Events.Count:N0} event mentions");
        Console.WriteLine($"  {result.Actors.Count:N0} actor mentions, {result.Times.Count:N0} temporal expressions, {analysis.Events.Count:N0} events");
        foreach (var (stage, elapsed) in timings.All)
            Console.WriteLine($"  {stage.ToString().ToLowerInvariant(),-12} {elapsed.TotalSeconds,8:F2} s");
        foreach (var warning in analysis.Warnings)
            Console.WriteLine($"  warning: {warning}");
    }

    private static Article Clean(byte[] raw)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(raw));
        var item = new DocumentReader(new IngestOptions(MaxBytes: 64L * 1024 * 1024)).ReadBytes(raw, "long.txt", "long.txt", ContentSniffer.Txt, null, null)[0];
        return ArticleCleaner.Clean(item.Document ?? throw new InvalidOperationException(item.Error + " " + hash));
    }

    private static (T Result, TimeSpan Wall, TimeSpan Cpu) Measure<T>(Func<T> work)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var result = work();
        wall.Stop();
        process.Refresh();
        return (result, wall.Elapsed, process.TotalProcessorTime - cpu);
    }

    /// <summary>The value after <paramref name="name"/> on the command line, or <paramref name="fallback"/>.</summary>
    public static double Option(string[] args, string name, double fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
