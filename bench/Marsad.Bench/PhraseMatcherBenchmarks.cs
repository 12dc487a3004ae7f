using BenchmarkDotNet.Attributes;
using Marsad.Actors;
using Marsad.Events;
using Marsad.Pipeline;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Bench;

/// <summary>
/// The one phrase matcher (Text/PhraseMatcher) as each stage uses it, over the text layers of a
/// corpus built beforehand: the time tables tried at every token, the actor lexicon's longest
/// phrase at every token of a sentence, the event triggers found in every sentence, and the world
/// anchors of every document.
/// </summary>
[MemoryDiagnoser]
public class PhraseMatcherBenchmarks
{
    public const int CorpusSize = 1024 * 1024;

    private TextLayer[] _layers = [];

    public static long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var documents = Corpus.Build(CorpusSize);
        CorpusBytes = Corpus.Utf8Bytes(documents);
        _layers = documents.Select(TextLayer.Build).ToArray();
        _ = KnowledgeBase.Default.Lexicon;
        _ = MarsadRules.Shipped.Time.Anchors.All;
    }

    [Benchmark(Description = "Time tables, every token")]
    public long Time()
    {
        var lexicon = MarsadRules.Shipped.Time;
        long checksum = 0;
        foreach (var layer in _layers)
        {
            var tokens = layer.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                checksum += lexicon.Months.MatchAt(tokens, i)?.TokenCount ?? 0;
                checksum += lexicon.Weekdays.MatchAt(tokens, i)?.TokenCount ?? 0;
                checksum += lexicon.Hijri.MatchAt(tokens, i)?.TokenCount ?? 0;
                checksum += lexicon.Ordinals.MatchAt(tokens, i)?.TokenCount ?? 0;
                checksum += lexicon.Relative.MatchAt(tokens, i)?.TokenCount ?? 0;
                checksum += lexicon.Parts.MatchAt(tokens, i)?.TokenCount ?? 0;
                checksum += lexicon.Context.MatchAt(tokens, i)?.TokenCount ?? 0;
            }
        }
        return checksum;
    }

    [Benchmark(Description = "Actor lexicon, every token")]
    public long Actors()
    {
        var phrases = KnowledgeBase.Default.Lexicon.Phrases;
        long checksum = 0;
        foreach (var layer in _layers)
        {
            foreach (var sentence in layer.Sentences)
            {
                for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
                    checksum += phrases.MatchAt(layer.Tokens, i, sentence.EndToken)?.TokenCount ?? 0;
            }
        }
        return checksum;
    }

    [Benchmark(Description = "Event triggers, every sentence")]
    public long Events()
    {
        var triggers = MarsadRules.Shipped.Events.Triggers;
        long checksum = 0;
        foreach (var layer in _layers)
        {
            foreach (var sentence in layer.Sentences)
                checksum += triggers.FindAll(layer.Tokens, sentence.FirstToken, sentence.EndToken).Count;
        }
        return checksum;
    }

    [Benchmark(Description = "World anchors, every document")]
    public long Anchors()
    {
        long checksum = 0;
        foreach (var layer in _layers)
            checksum += MarsadRules.Shipped.Time.Anchors.Find(layer).Count;
        return checksum;
    }
}
