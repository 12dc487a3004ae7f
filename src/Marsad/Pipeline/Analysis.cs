using Marsad.Actors;
using Marsad.Clean;
using Marsad.Events;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Pipeline;

/// <summary>Everything the pipeline found in one article.</summary>
public sealed record ArticleAnalysis(
    Article Article,
    TextLayer Text,
    IReadOnlyList<ActorMention> Actors,
    IReadOnlyList<TemporalMention> Times,
    PublicationEstimate Published,
    IReadOnlyList<EventMention> Events);

/// <summary>The result of analysing a corpus: per-article results and the merged events.</summary>
public sealed record CorpusAnalysis(IReadOnlyList<ArticleAnalysis> Articles, IReadOnlyList<Event> Events);

/// <summary>
/// Settings of one analysis run. <see cref="AsOf"/> bounds every open interval from above
/// (an article cannot be published after it was read); defaults to today.
/// </summary>
public sealed record AnalysisOptions(DateOnly AsOf, DateOnly Earliest)
{
    public static AnalysisOptions Default =>
        new(DateOnly.FromDateTime(DateTime.UtcNow), new DateOnly(2000, 1, 1));
}
