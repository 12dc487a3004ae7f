using System.Diagnostics;

namespace Marsad.Pipeline;

/// <summary>The named stages of <see cref="CorpusAnalyzer"/>, in the order they run.</summary>
internal enum AnalysisStage
{
    /// <summary>Normalise, tokenise and split sentences (<see cref="Text.TextLayer"/>).</summary>
    Text,

    /// <summary>Tag temporal expressions (<see cref="Time.TemporalTagger"/>).</summary>
    Time,

    /// <summary>Recognise actors, once with the metadata date and again with the solved one.</summary>
    Actors,

    /// <summary>Solve the publication interval (<see cref="Time.PublicationDater"/>).</summary>
    Publication,

    /// <summary>Extract event mentions (<see cref="Events.EventExtractor"/>).</summary>
    Events,

    /// <summary>Merge mentions across the corpus into events and fold back what the merge learnt.</summary>
    Merge,
}

/// <summary>
/// Time spent in each <see cref="AnalysisStage"/>, summed over articles. Per-article stages run on
/// parallel workers, so their sum can exceed the wall time of the run. Safe to add to from any thread.
/// </summary>
internal sealed class StageTimings
{
    private readonly long[] _ticks = new long[Enum.GetValues<AnalysisStage>().Length];

    /// <summary>Every stage in pipeline order with the time spent in it.</summary>
    public IReadOnlyList<(AnalysisStage Stage, TimeSpan Elapsed)> All =>
        Enum.GetValues<AnalysisStage>().Select(s => (s, this[s])).ToArray();

    public TimeSpan this[AnalysisStage stage] => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[(int)stage]));

    /// <summary>Runs one stage's work, adding its time to <paramref name="timings"/> when there are timings to keep.</summary>
    internal static T Run<T>(StageTimings? timings, AnalysisStage stage, Func<T> work)
    {
        if (timings is null)
            return work();
        var start = Stopwatch.GetTimestamp();
        var result = work();
        Interlocked.Add(ref timings._ticks[(int)stage], Stopwatch.GetTimestamp() - start);
        return result;
    }
}
