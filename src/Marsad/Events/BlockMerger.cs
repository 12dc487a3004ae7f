using Marsad.Time;

namespace Marsad.Events;

/// <summary>
/// Merges the report clusters of one block (see <see cref="MergeBlocks"/>) across articles, in rounds
/// of compatible pairs. A round merges every unambiguous pair (each group has that one partner only)
/// when there are any, so the dates they settle reach the ambiguous ones before those are decided;
/// otherwise it merges a best-first matching of the ambiguous pairs. A group's candidate partners
/// come from a <see cref="MergeIndex"/> (same type, a shared country, days that can coincide), never
/// from comparing every pair, and the pairs are kept from round to round: only the groups that
/// changed (merged, or whose articles' days narrowed) are tested again.
/// </summary>
internal sealed class BlockMerger
{
    private readonly DateOnly _asOf;
    private readonly MergeCompatibility _compatibility;
    private readonly MergeState _state;
    private readonly List<MergeGroup> _groups = [];
    private readonly HashSet<MergeGroup> _alive = [];
    private readonly Dictionary<EventType, int> _typeRank = [];
    private readonly Dictionary<MergeUnit, MergeGroup> _groupOf = [];
    private readonly Dictionary<string, List<MergeUnit>> _unitsOf = new(StringComparer.Ordinal);
    private readonly Dictionary<MergeGroup, Dictionary<MergeGroup, double>> _pairs = [];
    private readonly Dictionary<MergeGroup, HashSet<string>> _countries = [];
    private readonly MergeIndex _index = new();

    /// <summary>The groups a best-first choice among rivals made: no article's day passes through them to another.</summary>
    private readonly HashSet<MergeGroup> _chosen = [];

    /// <param name="asOf">The as-of day.</param>
    /// <param name="compatibility">When two reports can be one event.</param>
    /// <param name="state">The publication days of the block's articles, narrowed as groups merge.</param>
    /// <param name="units">The block's clusters in its canonical order (by article, then cluster): of two groups that merge, the earlier absorbs the later.</param>
    public BlockMerger(DateOnly asOf, MergeCompatibility compatibility, MergeState state, IReadOnlyList<MergeUnit> units)
    {
        (_asOf, _compatibility, _state) = (asOf, compatibility, state);
        for (var i = 0; i < units.Count; i++)
        {
            var group = new MergeGroup([units[i]]) { Key = i };
            _groups.Add(group);
            _alive.Add(group);
            _groupOf[units[i]] = group;
            _pairs[group] = [];
            _countries[group] = Countries(group);
            _typeRank.TryAdd(units[i].Type, _typeRank.Count);
            if (!_unitsOf.TryGetValue(units[i].ArticleId, out var ofArticle))
                _unitsOf[units[i].ArticleId] = ofArticle = [];
            ofArticle.Add(units[i]);
            if (state.GroupDays(group, DateReading.Merge) is { } days)
                _index.Add(group, _countries[group], days);
        }
    }

    /// <summary>Runs the rounds until no pair is left; the groups that remain, in canonical order.</summary>
    public IReadOnlyList<MergeGroup> Merge()
    {
        var dirty = new HashSet<MergeGroup>(_groups);
        while (true)
        {
            Refresh(dirty);
            dirty.Clear();
            var unambiguous = Unambiguous();
            if (unambiguous.Count > 0)
            {
                var merged = new HashSet<MergeGroup>();
                foreach (var (a, b) in unambiguous)
                {
                    // Pairs of one clique share groups: the first merge changes them, the next round sees the rest.
                    if (!merged.Add(a) | !merged.Add(b))
                        continue;
                    Absorb(a, b, dirty);
                    // Only a merge with no rival teaches an article its day: a best-first choice among
                    // several candidates may be wrong, and a wrong day is worse than a wide one.
                    // A group one best-first choice made stays one, whatever joins it later.
                    if (_chosen.Remove(b))
                        _chosen.Add(a);
                    foreach (var article in Cascade(Propagate(a)))
                        dirty.UnionWith(_unitsOf[article].Select(u => _groupOf[u]));
                }
                continue;
            }
            var ranked = Ranked();
            if (ranked.Count == 0)
                break;
            var touched = new HashSet<MergeGroup>();
            foreach (var (a, b) in ranked)
            {
                if (touched.Contains(a) || touched.Contains(b))
                    continue;
                touched.Add(a);
                touched.Add(b);
                Absorb(a, b, dirty);
                _chosen.Add(a);
            }
        }
        return _groups.Where(_alive.Contains).ToArray();
    }

    /// <summary>
    /// Forgets the pairs of the changed groups and tests those still alive against their candidates
    /// again, with the days of now; a pair of two changed groups is tested once.
    /// </summary>
    private void Refresh(HashSet<MergeGroup> dirty)
    {
        foreach (var group in dirty)
        {
            foreach (var partner in _pairs[group].Keys)
                _pairs[partner].Remove(group);
            _pairs[group].Clear();
        }
        var tested = new HashSet<MergeGroup>();
        // No day narrows during a refresh: each group's days are worked out once for all the pairs it is in.
        var groupDays = new Dictionary<MergeGroup, DateInterval?>();
        DateInterval? DaysOf(MergeGroup g) =>
            groupDays.TryGetValue(g, out var known) ? known : groupDays[g] = _state.GroupDays(g, DateReading.Merge);
        foreach (var group in dirty.Where(_alive.Contains).OrderBy(g => g.Key))
        {
            tested.Add(group);
            if (DaysOf(group) is not { } days)
                continue;
            foreach (var other in _index.Candidates(group, _countries[group], days))
            {
                if (dirty.Contains(other) && tested.Contains(other))
                    continue;
                var (a, b) = group.Key < other.Key ? (group, other) : (other, group);
                var (aDays, bDays) = (DaysOf(a), DaysOf(b));
                if (!GroupsCompatible(a, b, aDays, bDays))
                    continue;
                var score = Score(a, b, aDays, bDays);
                _pairs[a][b] = score;
                _pairs[b][a] = score;
            }
        }
    }

    /// <summary>
    /// Pairs of groups with no rival: each has the other as its only partner, or every other partner of
    /// either is a partner of both (the reports could all be one event, so joining two of them chooses
    /// nothing), in the order of the pair list (type, then groups).
    /// </summary>
    private List<(MergeGroup A, MergeGroup B)> Unambiguous() =>
        _pairs.SelectMany(p => p.Value.Keys.Where(q => p.Key.Key < q.Key && NoRival(p.Key, q)).Select(q => (A: p.Key, B: q)))
            .OrderBy(p => _typeRank[p.A.Units[0].Type])
            .ThenBy(p => p.A.Key)
            .ThenBy(p => p.B.Key)
            .ToList();

    private bool NoRival(MergeGroup a, MergeGroup b) =>
        _pairs[a].Keys.All(c => c == b || _pairs[b].ContainsKey(c)) && _pairs[b].Keys.All(c => c == a || _pairs[a].ContainsKey(c));

    /// <summary>
    /// Every pair, best first; pairs of equal score in the order of the pair list (type, then groups).
    /// A pair whose group has a rival partner reported by the same article is left out: that article
    /// tells the two apart ("a first call on the 3rd, another on the 10th"), so a report that
    /// fits both is neither's.
    /// </summary>
    private List<(MergeGroup A, MergeGroup B)> Ranked() =>
        _pairs.SelectMany(p => p.Value.Where(q => p.Key.Key < q.Key.Key && !RivalInArticle(p.Key, q.Key) && !RivalInArticle(q.Key, p.Key))
                .Select(q => (A: p.Key, B: q.Key, Score: q.Value)))
            .OrderByDescending(p => p.Score)
            .ThenBy(p => _typeRank[p.A.Units[0].Type])
            .ThenBy(p => p.A.Key)
            .ThenBy(p => p.B.Key)
            .Select(p => (p.A, p.B))
            .ToList();

    /// <summary>Whether another partner of <paramref name="group"/> comes from an article that <paramref name="partner"/> comes from.</summary>
    private bool RivalInArticle(MergeGroup group, MergeGroup partner) =>
        _pairs[group].Keys.Any(other => other != partner && other.Units.Any(u => partner.Units.Any(v => v.ArticleId == u.ArticleId)));

    /// <summary><paramref name="b"/> joins <paramref name="a"/> (the earlier group); both are tested again next round.</summary>
    private void Absorb(MergeGroup a, MergeGroup b, HashSet<MergeGroup> dirty)
    {
        a.Units.AddRange(b.Units);
        foreach (var unit in b.Units)
            _groupOf[unit] = a;
        _alive.Remove(b);
        _index.Remove(b);
        _countries[a].UnionWith(_countries[b]);
        dirty.Add(a);
        dirty.Add(b);
        if (_state.GroupDays(a, DateReading.Merge) is { } days)
            _index.Add(a, _countries[a], days);
    }

    /// <summary>
    /// Each article of a merged event must allow the event's days: narrow its publication days. Only
    /// dates the texts write count, on both sides: the window an undated report is given ("within
    /// the last month") is an assumption, too loose to teach another article its day.
    /// </summary>
    /// <returns>The articles whose days were narrowed.</returns>
    private List<string> Propagate(MergeGroup group)
    {
        var narrowedArticles = new List<string>();
        foreach (var unit in group.Units)
        {
            var dated = group.Units.Where(u => u != unit && IsDated(u)).ToArray();
            if (!IsDated(unit) || dated.Length != group.Units.Count - 1)
                continue;
            var others = dated.Select(u => _state.UnitDays(u, DateReading.Merge)).ToArray();
            if (others.Any(o => o is null))
                continue;
            var otherDays = others.Aggregate((DateInterval?)null, (acc, d) => acc is { } a ? a.Intersect(d!.Value) ?? a : d);
            if (otherDays is not { } target)
                continue;
            var days = _state.Publication[unit.ArticleId];
            var narrowed = days.Where(p => MentionDates.Joint(unit.Mentions, p, _asOf, DateReading.Merge) is { } d && d.Overlaps(target));
            if (narrowed.IsEmpty || narrowed.Count == days.Count)
                continue;
            _state.Publication[unit.ArticleId] = narrowed;
            narrowedArticles.Add(unit.ArticleId);
            var sources = group.Units.Where(u => u != unit).Select(u => u.ArticleId).Distinct().ToArray();
            var surface = unit.Mentions.Select(m => m.WhenText).FirstOrDefault(w => w is not null) ?? unit.Mentions[0].TriggerText;
            _state.Evidence[unit.ArticleId].Add(new DateEvidence(
                DateEvidenceKind.ReportedElsewhere,
                new ReportedElsewhereClue(surface, unit.Type, target, sources),
                unit.Mentions[0].WhenSpan ?? unit.Mentions[0].Trigger,
                narrowed.Hull,
                true));
        }
        return narrowedArticles;
    }

    /// <summary>
    /// An article whose days narrowed narrows, in turn, the other articles of the events it reports that
    /// no best-first choice made (one article dated by a second event passes the day on through the
    /// first). Returns every article narrowed, <paramref name="narrowed"/> included; days only shrink, so it ends.
    /// </summary>
    private HashSet<string> Cascade(IReadOnlyList<string> narrowed)
    {
        var all = new HashSet<string>(narrowed, StringComparer.Ordinal);
        var queue = new Queue<string>(narrowed);
        while (queue.TryDequeue(out var article))
        {
            foreach (var group in _unitsOf[article].Select(u => _groupOf[u]).Where(g => g.Units.Count > 1 && !_chosen.Contains(g)).Distinct().ToArray())
            {
                foreach (var next in Propagate(group))
                {
                    all.Add(next);
                    queue.Enqueue(next);
                }
            }
        }
        return all;
    }

    private static bool IsDated(MergeUnit unit) => unit.Mentions.Any(m => m.When is not null && !m.DateInherited);

    private static HashSet<string> Countries(MergeGroup group) => MergeCompatibility.Countries(group.Units.SelectMany(u => u.Mentions));

    private bool GroupsCompatible(MergeGroup a, MergeGroup b, DateInterval? aDays, DateInterval? bDays)
    {
        if (aDays is not { } ad || bDays is not { } bd || !ad.Overlaps(bd))
            return false;
        if (a.Units.Any(u => b.Units.Any(v => v.ArticleId == u.ArticleId)) || CountryOverlap(a, b) < 0.5 || Announced(a) != Announced(b))
            return false;
        return a.Units.All(u => b.Units.All(v => u.Mentions.All(m => v.Mentions.All(n => _compatibility.Compatible(m, n)))))
            && a.Units.All(u => Meets(u, bd)) && b.Units.All(u => Meets(u, ad));
    }

    /// <summary>
    /// A meeting only announced ("قد تنعقد القمة الشهر المقبل"): a plan may change, so it never joins (nor
    /// dates) a meeting reported as held in other articles; announcements join one another. An act
    /// announced ("ستطرد فرنسا 12 موظفا") is the decision itself and joins its reports.
    /// </summary>
    private bool Announced(MergeGroup g) =>
        _compatibility.IsMeeting(g.Units[0].Type) && g.Units.All(u => u.Mentions.All(m => m.Status == EventStatus.Planned));

    /// <summary>
    /// Whether a dated cluster can fall inside <paramref name="days"/> on one of its article's days.
    /// The hull of what a cluster allows over many candidate days hides gaps: "السبت" in an undated
    /// article spans years, yet it never falls on a Tuesday another article names.
    /// </summary>
    private bool Meets(MergeUnit unit, DateInterval days) =>
        !IsDated(unit) || _state.Publication[unit.ArticleId].Days.Any(p => MentionDates.Joint(unit.Mentions, p, _asOf, DateReading.Merge) is { } d && d.Overlaps(days));

    /// <summary>The Jaccard overlap of the two groups' countries, counted without building the union (it is asked for every candidate pair).</summary>
    private double CountryOverlap(MergeGroup a, MergeGroup b)
    {
        var (x, y) = (_countries[a], _countries[b]);
        var common = 0;
        foreach (var country in x)
        {
            if (y.Contains(country))
                common++;
        }
        var union = x.Count + y.Count - common;
        return union == 0 ? 0 : (double)common / union;
    }

    private double Score(MergeGroup a, MergeGroup b, DateInterval? aDays, DateInterval? bDays)
    {
        var ma = a.Units.SelectMany(u => u.Mentions).ToArray();
        var mb = b.Units.SelectMany(u => u.Mentions).ToArray();
        var score = 2.0 * _compatibility.Persons(ma).Intersect(_compatibility.Persons(mb)).Count();
        score += ma.Any(m => m.Mode is not null) && ma.Select(m => m.Mode).Intersect(mb.Select(m => m.Mode)).Any(m => m is not null) ? 1 : 0;
        score += _compatibility.PlaceNames(ma).Intersect(_compatibility.PlaceNames(mb)).Any() ? 1 : 0;
        score += CountryOverlap(a, b);
        if (aDays?.Intersect(bDays!.Value) is { } common)
            score += 1.0 / Math.Log(2 + common.Days);
        return score;
    }
}
