namespace Marsad.Events;

/// <summary>
/// Limits of the merge, so that one very long article costs a bounded amount of work (the pipeline
/// sets them from its AnalysisBudgets). Ordinary articles stay far below them and merge exactly as
/// without limits.
/// </summary>
/// <param name="ClusterMentions">Reports one cluster of an article may hold.</param>
/// <param name="ArticleWork">Work of the merge inside one article, in mention × candidate-day units.</param>
/// <param name="ArticleClusters">Clusters of one article that take part in the merge across articles.</param>
internal sealed record MergeBudget(int ClusterMentions, long ArticleWork, int ArticleClusters)
{
    /// <summary>No limit at all.</summary>
    public static MergeBudget Unlimited { get; } = new(int.MaxValue, long.MaxValue, int.MaxValue);
}

/// <summary>A merge budget one article reached, and what it cost the merge.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Budget">The budget's name (a <see cref="MergeBudget"/> parameter).</param>
/// <param name="Message">What happened, for the user.</param>
internal sealed record MergeBudgetReached(string ArticleId, string Budget, string Message);

/// <summary>
/// The work of the merge inside one article, counted against its budget in mention × candidate-day
/// units: testing a report against a cluster costs <see cref="PairTest"/> per report of the cluster
/// (compatibility) and then, when they are compatible, the reports times the article's candidate
/// publication days (dates). Once a charge does not fit, every later one fails too.
/// </summary>
internal sealed class MergeWork(long budget)
{
    /// <summary>What testing two reports for compatibility costs, in units: about as much as resolving four report dates.</summary>
    public const int PairTest = 4;

    /// <summary>The work charged so far.</summary>
    public long Spent { get; private set; }

    /// <summary>True once a charge did not fit.</summary>
    public bool Exhausted { get; private set; }

    /// <summary>Charges <paramref name="cost"/> when it fits the budget; false (and exhausted from now on) when not.</summary>
    public bool TryCharge(long cost)
    {
        if (Exhausted || cost > budget - Spent)
        {
            Exhausted = true;
            return false;
        }
        Spent += cost;
        return true;
    }
}

/// <summary>
/// Answers "are these countries a subset of some meeting's countries?" for many statements at once
/// without comparing each statement with each meeting: every subset of a meeting's (small) country
/// set is indexed; meetings of many countries are compared one by one.
/// </summary>
internal sealed class CountrySubsets
{
    /// <summary>Meetings with more countries than this are compared one by one instead of indexed.</summary>
    private const int IndexedCountries = 6;

    private readonly HashSet<string> _subsets = new(StringComparer.Ordinal);
    private readonly List<HashSet<string>> _large = [];

    public CountrySubsets(IEnumerable<HashSet<string>> meetings)
    {
        foreach (var countries in meetings)
        {
            if (countries.Count > IndexedCountries)
            {
                _large.Add(countries);
                continue;
            }
            var sorted = countries.Order(StringComparer.Ordinal).ToArray();
            for (var mask = 0; mask < 1 << sorted.Length; mask++)
                _subsets.Add(Key(sorted.Where((_, i) => (mask & (1 << i)) != 0)));
        }
    }

    /// <summary>True when some meeting has every one of <paramref name="countries"/>.</summary>
    public bool Covers(HashSet<string> countries) =>
        (countries.Count <= IndexedCountries && _subsets.Contains(Key(countries.Order(StringComparer.Ordinal))))
        || _large.Any(countries.IsSubsetOf);

    private static string Key(IEnumerable<string> sortedCountries) => string.Join('|', sortedCountries);
}
