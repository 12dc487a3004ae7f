using Marsad.Actors;
using Marsad.Clean;
using Marsad.Events;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Pipeline;

/// <summary>Everything the pipeline found in one article.</summary>
/// <param name="Article">The cleaned article.</param>
/// <param name="Text">Its text layer (tokens, sentences).</param>
/// <param name="Actors">The actor mentions, in document order.</param>
/// <param name="Times">The temporal expressions.</param>
/// <param name="Published">The publication interval and its evidence, as the merge left them.</param>
/// <param name="Events">The event mentions, as merged.</param>
public sealed record ArticleAnalysis(
    Article Article,
    TextLayer Text,
    IReadOnlyList<ActorMention> Actors,
    IReadOnlyList<TemporalMention> Times,
    PublicationEstimate Published,
    IReadOnlyList<EventMention> Events);

/// <summary>The result of analysing a corpus: per-article results and the merged events.</summary>
/// <param name="Articles">The articles, in input order.</param>
/// <param name="Events">The merged events, by date then id.</param>
public sealed record CorpusAnalysis(IReadOnlyList<ArticleAnalysis> Articles, IReadOnlyList<Event> Events)
{
    /// <summary>The budgets articles reached and the articles whose analysis failed, by article id.</summary>
    public IReadOnlyList<AnalysisWarning> Warnings { get; init; } = [];
}

/// <summary>
/// Settings of one analysis run. <see cref="AsOf"/> bounds every open interval from above
/// (an article cannot be published after it was read); defaults to today.
/// </summary>
/// <param name="AsOf">The day the corpus was read: no article is later.</param>
/// <param name="Earliest">The earliest publication day assumed when nothing else is known.</param>
public sealed record AnalysisOptions(DateOnly AsOf, DateOnly Earliest)
{
    /// <summary>The limits that keep the analysis of one article bounded.</summary>
    public AnalysisBudgets Budgets { get; init; } = AnalysisBudgets.Default;

    /// <summary>As of today, from 2000-01-01.</summary>
    public static AnalysisOptions Default =>
        new(DateOnly.FromDateTime(DateTime.UtcNow), new DateOnly(2000, 1, 1));
}
