using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using Marsad.Text;

namespace Marsad.Bench;

/// <summary>
/// Text-layer throughput on the same corpus: Marsad (normalise with offset map + tokenise with
/// clitic stems + sentence split) against Lucene.Net's ArabicAnalyzer (tokenise + normalise +
/// light stem, stop words), each consuming everything it produces.
/// </summary>
[MemoryDiagnoser]
public class TextLayerBenchmarks
{
    private IReadOnlyList<string> _documents = [];
    private ArabicAnalyzer _lucene = null!;

    public static long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _documents = Corpus.Build();
        CorpusBytes = Corpus.Utf8Bytes(_documents);
        _lucene = new ArabicAnalyzer(LuceneVersion.LUCENE_48);
    }

    [GlobalCleanup]
    public void Cleanup() => _lucene.Dispose();

    [Benchmark(Baseline = true, Description = "Lucene.Net ArabicAnalyzer")]
    public long Lucene()
    {
        long checksum = 0;
        foreach (var doc in _documents)
        {
            using var stream = _lucene.GetTokenStream("text", new StringReader(doc));
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
                checksum += term.Length + offset.EndOffset;
            stream.End();
        }
        return checksum;
    }

    [Benchmark(Description = "Marsad TextLayer.Build")]
    public long Marsad()
    {
        long checksum = 0;
        foreach (var doc in _documents)
        {
            var layer = TextLayer.Build(doc);
            foreach (var token in layer.Tokens)
                checksum += token.Bare.Length + token.End;
            checksum += layer.Sentences.Count;
        }
        return checksum;
    }
}
