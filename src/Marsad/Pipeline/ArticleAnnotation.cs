using Marsad.Clean;
using Marsad.Events;
using Marsad.Time;

namespace Marsad.Pipeline;

/// <summary>
/// What the merge across articles and the stored snapshot need of one article, without its text
/// layer: the fields its summary shows, its event mentions before merging, the days it may have been
/// written on (and how its posting follows from them), and what its analysis warned about. Kept per
/// article in the store (<see cref="AnnotationJson"/>) so that a later analysis annotates only what is
/// new or changed.
/// </summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Url">Its address, when known.</param>
/// <param name="Headline">Its headline.</param>
/// <param name="Outlet">Its publisher, when found.</param>
/// <param name="Published">The publication interval and its evidence, before the merge narrows it.</param>
/// <param name="Writing">The days it may have been written on (what the merge narrows).</param>
/// <param name="PostingDays">The days its page allows for posting; null when the page says nothing.</param>
/// <param name="Lag">How many days after writing it may have been posted.</param>
/// <param name="Mentions">Its event mentions, before merging.</param>
/// <param name="Warnings">Budgets it reached, or its failure.</param>
internal sealed record ArticleAnnotation(
    string ArticleId,
    string? Url,
    string Headline,
    string? Outlet,
    PublicationEstimate Published,
    DaySet Writing,
    DaySet? PostingDays,
    int Lag,
    IReadOnlyList<EventMention> Mentions,
    IReadOnlyList<AnalysisWarning> Warnings)
{
    /// <summary>The annotation of <paramref name="article"/> dated by <paramref name="solution"/>.</summary>
    public static ArticleAnnotation Of(Article article, PublicationSolution solution, IReadOnlyList<EventMention> mentions, IReadOnlyList<AnalysisWarning> warnings) =>
        new(article.Id, article.Url, article.Headline, article.Outlet, solution.Estimate, solution.Candidates, solution.PostingDays, solution.Lag, mentions, warnings);

    /// <summary>The posting interval for writing days the merge narrowed.</summary>
    public DateInterval? PublishedFor(DaySet writing) => PublicationSolver.Posting(writing, PostingDays, Lag);
}
