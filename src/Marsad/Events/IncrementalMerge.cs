using Marsad.Time;

namespace Marsad.Events;

/// <summary>One article as the merge across articles starts from it: its clusters after the merge inside it.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Merging">The clusters that take part in the merge across articles, in the article's order.</param>
/// <param name="Alone">The clusters its budget keeps out of that merge (events of their own).</param>
/// <param name="Publication">Its publication days as the merge inside it narrowed them.</param>
/// <param name="Evidence">The evidence for that narrowing.</param>
/// <param name="Reached">The merge budgets the article reached.</param>
internal sealed record ArticleStart(
    string ArticleId,
    IReadOnlyList<MergeUnit> Merging,
    IReadOnlyList<MergeUnit> Alone,
    DaySet Publication,
    IReadOnlyList<DateEvidence> Evidence,
    IReadOnlyList<MergeBudgetReached> Reached);

/// <summary>The merge of one block: its events and its articles' publication days as narrowed, with the evidence.</summary>
internal sealed record BlockResult(
    IReadOnlyList<Event> Events,
    IReadOnlyDictionary<string, DaySet> Publication,
    IReadOnlyDictionary<string, IReadOnlyList<DateEvidence>> Evidence);

/// <summary>
/// A merge that articles join batch by batch. Each article is merged inside itself once; a batch
/// then re-merges, from the start of the merge across articles, only the blocks (see
/// <see cref="MergeBlocks"/>) its articles belong to, each in its canonical order. The result is the
/// same whatever the order of arrival and the sizes of the batches: that of one merge of all.
/// </summary>
internal sealed class IncrementalMerge(EventMerger merger, DateOnly asOf)
{
    private readonly Dictionary<string, ArticleStart> _articles = new(StringComparer.Ordinal);
    private readonly MergeBlocks _blocks = new();
    private readonly Dictionary<string, BlockResult> _results = new(StringComparer.Ordinal);

    /// <summary>The articles of the blocks the last <see cref="Add"/> merged again.</summary>
    public IReadOnlySet<string> LastMerged { get; private set; } = new HashSet<string>();

    /// <summary>Adds articles (none merged before) and merges again the blocks they belong to.</summary>
    public void Add(IReadOnlyList<ArticleMentions> batch)
    {
        var fresh = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in batch)
        {
            if (_articles.ContainsKey(article.ArticleId) || !fresh.Add(article.ArticleId))
                throw new ArgumentException($"article {article.ArticleId} is merged already", nameof(batch));
        }
        // An article's own merge depends on it alone, and a block's on its articles alone: both run in parallel.
        foreach (var start in batch.AsParallel().AsOrdered().Select(merger.Start).ToArray())
            Start(start);
        _blocks.Link();
        // A block absorbed by another (a new article linked them) has no result of its own any more.
        foreach (var absorbed in _results.Keys.Where(k => _blocks.Block(k) != k).ToArray())
            _results.Remove(absorbed);
        var touched = fresh.Select(_blocks.Block).Distinct().ToArray();
        var merged = touched.AsParallel().Select(block => (block, Result: merger.MergeBlock(_blocks.Members(block).Select(id => _articles[id])))).ToArray();
        foreach (var (block, result) in merged)
            _results[block] = result;
        LastMerged = touched.SelectMany(_blocks.Members).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The events of every block (by first day, then id) and every article's days.</summary>
    public MergeResult Result()
    {
        var events = _results.Values.SelectMany(r => r.Events)
            .OrderBy(e => e.When?.From ?? DateOnly.MaxValue)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();
        var ids = _articles.Keys.Order(StringComparer.Ordinal).ToArray();
        var blocks = ids.ToDictionary(id => id, id => _results[_blocks.Block(id)], StringComparer.Ordinal);
        return new MergeResult(
            events,
            ids.ToDictionary(id => id, id => blocks[id].Publication[id], StringComparer.Ordinal),
            ids.ToDictionary(id => id, id => blocks[id].Evidence[id], StringComparer.Ordinal))
        {
            BudgetsReached = ids.SelectMany(id => _articles[id].Reached).ToArray(),
        };
    }

    /// <summary>Records the article and what its clusters can reach.</summary>
    private void Start(ArticleStart start)
    {
        _articles[start.ArticleId] = start;
        _blocks.AddArticle(start.ArticleId);
        foreach (var unit in start.Merging)
        {
            if (MentionDates.Over(start.Publication, unit.Mentions, asOf, DateReading.Merge) is not { } days)
                continue;
            foreach (var country in MergeCompatibility.Countries(unit.Mentions))
                _blocks.AddReach(start.ArticleId, unit.Type, country, days);
        }
    }
}
