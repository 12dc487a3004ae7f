namespace Marsad.Pipeline;

/// <summary>
/// Limits that keep the analysis of one article bounded, whatever its length. They are counted in
/// work (characters, tokens, mentions × candidate publication days), never in seconds, so a run gives
/// the same result on a fast and a slow machine; ordinary articles (a few thousand characters, a few
/// dozen event reports) stay far below every one of them. Reaching one is reported as an
/// <see cref="AnalysisWarning"/>.
/// </summary>
public sealed record AnalysisBudgets
{
    /// <summary>The defaults.</summary>
    public static AnalysisBudgets Default { get; } = new();

    /// <summary>
    /// Characters of an event-extraction window: a longer article is read in windows of whole
    /// paragraphs (a press article is 1,000–15,000 characters).
    /// </summary>
    public int WindowChars { get; init; } = 24_000;

    /// <summary>Tokens of a sentence read at once; a longer run without a sentence end is read in pieces of this size.</summary>
    public int SentenceTokens { get; init; } = 400;

    /// <summary>Event reports one cluster of an article (the reports of one event in it) may hold.</summary>
    public int ClusterMentions { get; init; } = 64;

    /// <summary>
    /// Work of the merge inside one article, in mention × candidate-day units: each test of a report
    /// against a cluster costs the cluster's reports times the article's candidate publication days.
    /// Once spent, the article's remaining reports stay clusters of their own.
    /// </summary>
    public long MergeWork { get; init; } = 2_000_000;

    /// <summary>Clusters of one article that take part in the merge across articles; the others stay events of their own.</summary>
    public int ArticleClusters { get; init; } = 500;
}

/// <summary>A budget an article reached, with what it cost the analysis.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Budget">The <see cref="AnalysisBudgets"/> property reached.</param>
/// <param name="Message">What happened, for the user.</param>
public sealed record AnalysisWarning(string ArticleId, string Budget, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{ArticleId}: {Message}";
}
