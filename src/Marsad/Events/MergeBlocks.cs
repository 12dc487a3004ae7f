using Marsad.Time;

namespace Marsad.Events;

/// <summary>
/// Splits the articles into blocks that merge independently of one another. Two clusters can ever
/// be one event only when they have the same type, share a country and their days (before any
/// narrowing: days only narrow) overlap; and narrowing an article's days touches all its clusters.
/// A block is a connected component of articles linked by those two relations, so the merge of
/// one block never changes another, and a new article re-merges only the blocks it links.
/// </summary>
internal sealed class MergeBlocks
{
    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<(EventType Type, string Country), List<(DateInterval Days, string Article)>> _reach = [];
    private readonly HashSet<(EventType, string)> _unswept = [];

    /// <summary>Adds an article as a block of its own.</summary>
    public void AddArticle(string articleId)
    {
        _parent.Add(articleId, articleId);
        _members.Add(articleId, [articleId]);
    }

    /// <summary>Records that the article has a cluster of this type, naming this country, whose days can be <paramref name="days"/>.</summary>
    public void AddReach(string articleId, EventType type, string country, DateInterval days)
    {
        if (!_reach.TryGetValue((type, country), out var reach))
            _reach[(type, country)] = reach = [];
        // Appended here and sorted once per Link: inserting in order moved the whole list every time.
        reach.Add((days, articleId));
        _unswept.Add((type, country));
    }

    /// <summary>Links the articles whose reaches overlap, for every (type, country) that gained reaches since the last call.</summary>
    public void Link()
    {
        foreach (var key in _unswept)
        {
            // Sorted by first day, the reaches that overlap (directly or through others) form runs.
            var reach = _reach[key];
            reach.Sort(ByFrom);
            var (runEnd, runArticle) = (reach[0].Days.To, reach[0].Article);
            foreach (var (days, article) in reach.Skip(1))
            {
                if (days.From <= runEnd)
                {
                    Union(runArticle, article);
                    runEnd = days.To > runEnd ? days.To : runEnd;
                }
                else
                {
                    (runEnd, runArticle) = (days.To, article);
                }
            }
        }
        _unswept.Clear();
    }

    /// <summary>The block of the article: its representative, the same for every article of the block.</summary>
    public string Block(string articleId)
    {
        var root = articleId;
        while (_parent[root] != root)
            root = _parent[root];
        while (_parent[articleId] != root)
            (articleId, _parent[articleId]) = (_parent[articleId], root);
        return root;
    }

    /// <summary>The articles of the block <paramref name="block"/> represents.</summary>
    public IReadOnlyList<string> Members(string block) => _members[block];

    private void Union(string a, string b)
    {
        var (x, y) = (Block(a), Block(b));
        if (x == y)
            return;
        if (_members[x].Count < _members[y].Count)
            (x, y) = (y, x);
        _parent[y] = x;
        _members[x].AddRange(_members[y]);
        _members.Remove(y);
    }

    // The article breaks ties so that the order, and the blocks' representatives, never depend on arrival.
    private static readonly Comparer<(DateInterval Days, string Article)> ByFrom =
        Comparer<(DateInterval Days, string Article)>.Create((a, b) =>
            a.Days.From != b.Days.From ? a.Days.From.CompareTo(b.Days.From) : string.CompareOrdinal(a.Article, b.Article));
}
