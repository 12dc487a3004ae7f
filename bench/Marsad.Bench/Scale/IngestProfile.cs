using System.Diagnostics;
using Marsad.Clean;
using Marsad.Ingest;
using Marsad.Store;

namespace Marsad.Bench.Scale;

/// <summary>`scale --ingest-profile`: where ingest spends its CPU time, one stage after the other on one thread (read, clean, store).</summary>
internal static class IngestProfile
{
    public static void Run(string folder, string db)
    {
        var reader = new DocumentReader();
        var (items, read) = Cpu(() => reader.Read([folder]).ToList());
        var documents = items.Where(i => i.Document is not null).Select(i => i.Document!).ToList();
        var (articles, clean) = Cpu(() => documents.Select(ArticleCleaner.Clean).ToList());
        var lines = documents.Select(d => d.Body.Split('\n')).ToList();
        var (_, boilerplate) = Cpu(() => lines.Sum(l => l.Count(line => BoilerplateRules.Match(line) is not null)));
        var (_, outlets) = Cpu(() => documents.Select((d, i) => OutletDetector.Detect(d.Outlet, d.Title, lines[i], d.Url)).Count(f => f is not null));
        using var bench = BenchStore.Fresh(db, keep: false);
        using var store = bench.Open();
        var (_, write) = Cpu(() =>
        {
            using var writer = store.OpenArticleWriter();
            for (var i = 0; i < articles.Count; i++)
            {
                writer.Add(documents[i], articles[i]);
                if (writer.Pending >= 500)
                    writer.Commit();
            }
            writer.Commit();
            return 0;
        });
        Console.WriteLine($"{documents.Count} documents ({bench.Label}): read {read:F2} s, clean {clean:F2} s (of which boilerplate rules {boilerplate:F2} s, " +
            $"outlet detection {outlets:F2} s), store {write:F2} s of CPU " +
            $"({documents.Count / read:F0}, {documents.Count / clean:F0}, {documents.Count / write:F0} documents per CPU second)");
    }

    private static (T Result, double CpuSeconds) Cpu<T>(Func<T> work)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        var result = work();
        return (result, (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds);
    }
}
