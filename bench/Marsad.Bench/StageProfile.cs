using System.Diagnostics;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Marsad.Text;
using ArabicAnalyzer = Lucene.Net.Analysis.Ar.ArabicAnalyzer;

namespace Marsad.Bench;

/// <summary>
/// `--profile`: process CPU time of each text-layer stage and of Lucene's analyzer over the corpus.
/// CPU time rather than wall time, so a busy machine distorts the comparison less.
/// </summary>
public static class StageProfile
{
    public static void Run(int rounds = 5)
    {
        var documents = Corpus.Build();
        var megabytes = Corpus.Utf8Bytes(documents) / 1048576.0;
        var normalized = documents.Select(ArabicNormalizer.Normalize).ToArray();
        var tokenized = normalized.Select(Tokenizer.Tokenize).ToArray();
        using var analyzer = new ArabicAnalyzer(LuceneVersion.LUCENE_48);

        var stages = new (string Name, Action Work)[]
        {
            ("normalize", () => { foreach (var d in documents) ArabicNormalizer.Normalize(d); }),
            ("tokenize", () => { foreach (var n in normalized) Tokenizer.Tokenize(n); }),
            ("split", () => { for (var i = 0; i < documents.Count; i++) SentenceSplitter.Split(documents[i], tokenized[i]); }),
            ("TextLayer.Build", () => { foreach (var d in documents) TextLayer.Build(d); }),
            ("Lucene ArabicAnalyzer", () =>
            {
                foreach (var d in documents)
                {
                    using var stream = analyzer.GetTokenStream("text", new StringReader(d));
                    var term = stream.AddAttribute<ICharTermAttribute>();
                    stream.Reset();
                    while (stream.IncrementToken())
                        _ = term.Length;
                    stream.End();
                }
            }),
        };
        var process = Process.GetCurrentProcess();
        foreach (var (name, work) in stages)
        {
            work(); // warm up
            GC.Collect();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            for (var r = 0; r < rounds; r++)
                work();
            process.Refresh();
            var seconds = (process.TotalProcessorTime - cpu).TotalSeconds / rounds;
            Console.WriteLine($"{name,-22} cpu {seconds * 1000,8:F1} ms/round {megabytes / seconds,8:F1} MB/s   (wall {wall.Elapsed.TotalMilliseconds / rounds,8:F1} ms)");
        }
    }
}
