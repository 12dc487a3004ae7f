using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Marsad.Actors;
using Marsad.Clean;
using Marsad.Ingest;
using Marsad.Pipeline;

namespace Marsad.Bench;

/// <summary>
/// `--profile`, second part: the whole pipeline (<see cref="CorpusAnalyzer"/>) over the first
/// articles of the corpus, with the time of every named stage. Per-article stages run on parallel
/// workers, so their times are summed over workers and can add up to more than the wall time.
/// </summary>
public static class PipelineProfile
{
    public const int DefaultArticles = 400;

    public static void Run(int articleCount = DefaultArticles)
    {
        var articles = Articles(Corpus.Build(), articleCount);
        var analyzer = new CorpusAnalyzer(KnowledgeBase.Default, new AnalysisOptions(new DateOnly(2026, 12, 1), new DateOnly(2000, 1, 1)));
        analyzer.Analyze(articles.Take(20).ToArray()); // warm up: tables load, code is jitted

        var timings = new StageTimings();
        var wall = Stopwatch.StartNew();
        var analysis = analyzer.Analyze(articles, null, timings);
        wall.Stop();

        var total = timings.All.Sum(s => s.Elapsed.TotalMilliseconds);
        Console.WriteLine();
        Console.WriteLine($"pipeline: {articles.Count} articles, {analysis.Events.Count} events, wall {wall.Elapsed.TotalMilliseconds:F0} ms " +
                          $"({articles.Count / wall.Elapsed.TotalSeconds:F1} articles/s, {Environment.ProcessorCount} cores)");
        foreach (var (stage, elapsed) in timings.All)
        {
            var ms = elapsed.TotalMilliseconds;
            Console.WriteLine($"  {stage.ToString().ToLowerInvariant(),-12} {ms,9:F1} ms {ms / total,6:P0} {ms / articles.Count,8:F2} ms/article");
        }
    }

    /// <summary>The first <paramref name="count"/> documents as cleaned articles, the way ingest stores them.</summary>
    private static IReadOnlyList<Article> Articles(IReadOnlyList<string> documents, int count) =>
        documents.Take(count).Select((text, i) =>
        {
            var lines = text.Split('\n', 2);
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            var id = $"bench-{i:D5}.txt";
            return ArticleCleaner.Clean(new SourceDocument(id, "txt", id, lines[0], lines.Length > 1 ? lines[1] : "", null, null, null, hash));
        }).ToArray();
}
