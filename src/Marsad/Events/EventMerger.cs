using Marsad.Events.Frames;
using Marsad.Time;

namespace Marsad.Events;

/// <summary>What the merger needs of one article: its mentions and its candidate publication days.</summary>
internal sealed record ArticleMentions(string ArticleId, IReadOnlyList<EventMention> Mentions, DaySet Publication);

/// <summary>The merged events and each article's narrowed publication days, with the reasons.</summary>
internal sealed record MergeResult(
    IReadOnlyList<Event> Events,
    IReadOnlyDictionary<string, DaySet> Publication,
    IReadOnlyDictionary<string, IReadOnlyList<DateEvidence>> PublicationEvidence)
{
    /// <summary>The budgets articles reached (see <see cref="MergeBudget"/>), in article order.</summary>
    public IReadOnlyList<MergeBudgetReached> BudgetsReached { get; init; } = [];
}

/// <summary>
/// Merges event mentions into events, first inside each article, then across articles.
/// Two reports are the same event when type agrees, modes and places do not conflict, their
/// country sets overlap, the named persons of each shared country overlap (Putin's meeting and
/// Lavrov's are two events), and their dates can coincide. Merging is complete-linkage (every pair
/// in an event must be compatible) and at most one report cluster per article joins an event.
/// Dates flow both ways: an event's days are the intersection of what its sources allow, and an
/// article that reports a dated event "today" or "yesterday" learns its own publication day from it.
/// Unambiguous merges go first so that the dates they settle can decide the ambiguous ones.
/// The work spent on one article is bounded by a <see cref="MergeBudget"/>.
/// </summary>
internal sealed class EventMerger(DateOnly asOf, EventLexicons lexicons, MergeBudget? budget = null)
{
    private readonly MergeBudget _budget = budget ?? MergeBudget.Unlimited;
    private readonly EventLexicons _lex = lexicons;
    private readonly MergeCompatibility _compatibility = new(lexicons.Spellings, lexicons.Types);

    public MergeResult Merge(IReadOnlyList<ArticleMentions> articles)
    {
        var state = new MergeState(
            asOf,
            articles.ToDictionary(a => a.ArticleId, a => a.Publication, StringComparer.Ordinal),
            articles.ToDictionary(a => a.ArticleId, _ => new List<DateEvidence>(), StringComparer.Ordinal));

        var groups = new List<MergeGroup>();
        var apart = new List<MergeGroup>();
        var reached = new List<MergeBudgetReached>();
        foreach (var article in articles)
        {
            var units = ClusterWithinArticle(article, state.Publication, state.Evidence[article.ArticleId], reached);
            var (merging, alone) = SplitByBudget(article.ArticleId, units, reached);
            groups.AddRange(merging.Select(u => new MergeGroup([u])));
            apart.AddRange(alone.Select(u => new MergeGroup([u])));
        }

        MergeAcrossArticles(groups, state);

        var builder = new EventBuilder(_compatibility, _lex.Modes, _lex.Cameo);
        var events = groups.Concat(apart)
            .Select(g => builder.Build(g, state))
            .OrderBy(e => e.When?.From ?? DateOnly.MaxValue)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();
        return new MergeResult(
            events,
            state.Publication,
            state.Evidence.ToDictionary(e => e.Key, e => (IReadOnlyList<DateEvidence>)e.Value, StringComparer.Ordinal))
        {
            BudgetsReached = reached,
        };
    }

    /// <summary>
    /// The clusters of an article that take part in the merge across articles (the first ones in the
    /// text, up to <see cref="MergeBudget.ArticleClusters"/>), and those that stay events of their own.
    /// </summary>
    private (IEnumerable<MergeUnit> Merging, IEnumerable<MergeUnit> Alone) SplitByBudget(string articleId, List<MergeUnit> units, List<MergeBudgetReached> reached)
    {
        if (units.Count <= _budget.ArticleClusters)
            return (units, []);
        var ordered = units.OrderBy(u => u.Mentions.Min(m => m.Sentence)).ToArray();
        reached.Add(new MergeBudgetReached(articleId, nameof(MergeBudget.ArticleClusters),
            $"{units.Count} report clusters: the first {_budget.ArticleClusters} in the text were merged with other articles, the rest are events of their own"));
        return (ordered.Take(_budget.ArticleClusters), ordered.Skip(_budget.ArticleClusters));
    }

    // ---- inside one article --------------------------------------------------------------

    /// <summary>
    /// Clusters one article's mentions, then narrows its publication days by what each cluster's
    /// dates require; a narrower range can split clusters that were only possible before, so the
    /// two steps repeat until the days settle.
    /// </summary>
    private List<MergeUnit> ClusterWithinArticle(
        ArticleMentions article, Dictionary<string, DaySet> publication, List<DateEvidence> evidence, List<MergeBudgetReached> reached)
    {
        var days = publication[article.ArticleId];
        var work = new MergeWork(_budget.ArticleWork);
        List<MergeUnit> units = [];
        for (var round = 0; round < 3; round++)
        {
            units = FoldHistory(FoldStatements(Cluster(article, days, work)), days, work);
            LendSummaryPlaces(units, work);
            var narrowed = NarrowByClusters(units, days, evidence, work);
            if (narrowed.Count == days.Count)
                break;
            days = narrowed;
        }
        publication[article.ArticleId] = days;
        if (work.Exhausted)
        {
            reached.Add(new MergeBudgetReached(article.ArticleId, nameof(MergeBudget.ArticleWork),
                $"merge inside the article stopped at {_budget.ArticleWork:N0} work units (mentions × candidate days): of its {article.Mentions.Count} reports, those left were not merged with one another"));
        }
        return units;
    }

    /// <summary>
    /// Whether a report can join a cluster: the cluster has room, every report in it is compatible
    /// with it, and their dates can coincide; the tests are charged to <paramref name="work"/>.
    /// </summary>
    private bool Fits(MergeUnit unit, EventMention mention, DaySet days, int dayCount, MergeWork work) =>
        unit.Mentions.Count < _budget.ClusterMentions
        && work.TryCharge((long)unit.Mentions.Count * MergeWork.PairTest)
        && unit.Mentions.All(m => _compatibility.Compatible(m, mention))
        && work.TryCharge((long)(unit.Mentions.Count + 1) * dayCount)
        && MentionDates.Over(days, [.. unit.Mentions, mention], asOf, DateReading.Merge) is not null;

    private List<MergeUnit> Cluster(ArticleMentions article, DaySet days, MergeWork work)
    {
        var units = new List<MergeUnit>();
        var dayCount = Math.Max(1, days.Count);
        // Specific reports first: a summary naming several hosts ("بوتين ووزير خارجيته لافروف أجريا
        // محادثات مع ...") then joins one of the meetings they define instead of fusing them. Reports
        // that name no one (a subheading: "لقاء روسي سوري في موسكو") come last and join the meeting
        // reported nearest them, the one they introduce.
        foreach (var mention in article.Mentions.OrderBy(m => _compatibility.Persons([m]).Count is var n && n == 0 ? int.MaxValue : n).ThenBy(m => m.Sentence))
        {
            if (work.Exhausted)
            {
                units.Add(new MergeUnit(article.ArticleId, [mention]));
                continue;
            }
            var best = units
                .Where(u => Fits(u, mention, days, dayCount, work))
                .OrderByDescending(u => u.Mentions.Sum(m => _compatibility.SharedPersons(m, mention)))
                .ThenByDescending(u => u.Mentions.Any(m => m.Mode is not null && m.Mode == mention.Mode))
                .ThenBy(u => u.Mentions.Min(m => Distance(m.Sentence, mention.Sentence)))
                .FirstOrDefault();
            if (best is null && mention.DateInherited)
            {
                // The narrative time of the previous sentence was only a guess: drop it and try again.
                var undated = mention with { WhenText = null, WhenSpan = null, When = null, DateInherited = false };
                best = units.FirstOrDefault(u => Fits(u, undated, days, dayCount, work));
                if (best is not null)
                {
                    best.Mentions.Add(undated);
                    continue;
                }
            }
            if (best is null)
                units.Add(new MergeUnit(article.ArticleId, [mention]));
            else
                best.Mentions.Add(mention);
        }
        return units;
    }

    /// <summary>
    /// "أجرى بوتين ووزير خارجيته لافروف محادثات مع ... في موسكو": a summary that names the hosts of
    /// several meetings joins one of them (defined by its other reports); its place is also the
    /// place of another meeting whose host it names, when that one's reports give none. Each unit
    /// is tested against every report of the others, charged to <paramref name="work"/>.
    /// </summary>
    private void LendSummaryPlaces(List<MergeUnit> units, MergeWork work)
    {
        if (!work.TryCharge((long)units.Count * units.Sum(u => u.Mentions.Count) * MergeWork.PairTest))
            return;
        foreach (var unit in units.Where(u => u.Mentions.All(m => m.Where is null)))
        {
            var persons = _compatibility.Persons(unit.Mentions);
            var summary = units.Where(v => v != unit && v.Type == unit.Type && v.Mentions.Count > 1)
                .SelectMany(v => v.Mentions.Where(s => s.Where is not null).Select(s => (s, Others: _compatibility.Persons(v.Mentions.Where(m => m != s)))))
                .FirstOrDefault(x => _compatibility.Persons([x.s]).Any(p => persons.Contains(p) && !x.Others.Contains(p))).s;
            if (summary is null)
                continue;
            for (var i = 0; i < unit.Mentions.Count; i++)
                unit.Mentions[i] = unit.Mentions[i] with { Where = summary.Where };
        }
    }

    /// <summary>How far a report stands from another, in sentences; one that follows counts nearer than one before at the same distance.</summary>
    private static int Distance(int sentence, int from) => sentence >= from ? 2 * (sentence - from) : 2 * (from - sentence) + 1;

    /// <summary>
    /// Reports of one event in one article must agree on its day, and a day named on an occasion
    /// must fall within the occasion: that narrows publication.
    /// </summary>
    private DaySet NarrowByClusters(List<MergeUnit> units, DaySet days, List<DateEvidence> evidence, MergeWork work)
    {
        var dayCount = Math.Max(1, days.Count);
        foreach (var unit in units.Where(u => u.Mentions.Count(m => m.When is not null) >= 2 || u.Mentions.Any(m => m.When is OccasionDay)))
        {
            if (!work.TryCharge((long)unit.Mentions.Count * dayCount))
                break;
            var narrowed = days.Where(p => MentionDates.Joint(unit.Mentions, p, asOf, DateReading.Merge) is not null
                && unit.Mentions.All(m => m.When is not OccasionDay o || o.Agrees(p)));
            if (narrowed.IsEmpty || narrowed.Count == days.Count)
                continue;
            days = narrowed;
            dayCount = Math.Max(1, days.Count);
            evidence.Add(new DateEvidence(
                DateEvidenceKind.SameEvent,
                new SameEventClue(unit.Mentions.Select(m => m.WhenText).OfType<string>().Distinct().ToArray()),
                unit.Mentions.First(m => m.When is not null).WhenSpan,
                days.Hull,
                true));
        }
        return days;
    }

    /// <summary>
    /// Praise, thanks, agreement or condemnation voiced between the parties of a meeting in the same
    /// article are what was said at that meeting, not events of their own ("وأشاد المقداد بالإنجازات
    /// الروسية" inside the report of his call with Lavrov). Which types are meetings is data
    /// (Data/events/types.tsv, absorbs_statements). A deed stays its own event (a signing, a sanction:
    /// Data/events/acts.tsv meeting), and so does an act aimed at a state outside the meeting.
    /// </summary>
    private List<MergeUnit> FoldStatements(List<MergeUnit> units)
    {
        var meetings = units.Where(u => _lex.Types.AbsorbsStatements(u.Type)).ToArray();
        if (meetings.Length == 0)
            return units;
        var covered = new CountrySubsets(meetings.Select(m => MergeCompatibility.Countries(m.Mentions)));
        return units
            .Where(u => _lex.Types.AbsorbsStatements(u.Type)
                || u.Mentions.Any(m => _lex.Acts.IsOwnEventInMeeting(m.Cameo))
                || !covered.Covers(MergeCompatibility.Countries(u.Mentions)))
            .ToList();
    }

    /// <summary>How long before its article an act must lie to be background history when a recent one is reported.</summary>
    private const int HistoryDays = 365;

    /// <summary>
    /// An act the article recalls from long before it ("انطلقت المناورات بين البلدين لأول مرة في عام
    /// 2009") next to a recent act of the same type between the same states is background history,
    /// not an event the article reports. Meetings keep their own rule (other editions of a round).
    /// </summary>
    private List<MergeUnit> FoldHistory(List<MergeUnit> units, DaySet days, MergeWork work)
    {
        if (days.Hull is not { } published || !work.TryCharge((long)units.Count * units.Count * MergeWork.PairTest))
            return units;
        var recentFrom = published.From.AddDays(-HistoryDays);
        var recent = units.Where(u => MentionDates.Over(days, u.Mentions, asOf, DateReading.Merge) is { } d && d.To >= recentFrom).ToHashSet();
        return units
            .Where(u => _lex.Types.AbsorbsStatements(u.Type) || recent.Contains(u)
                || !recent.Any(v => v != u && v.Type == u.Type
                    && MergeCompatibility.Countries(v.Mentions).Overlaps(MergeCompatibility.Countries(u.Mentions))))
            .ToList();
    }

    // ---- across articles -----------------------------------------------------------------

    /// <summary>
    /// Merges rounds of compatible pairs. A round merges every unambiguous pair (each group has that
    /// one partner only) when there are any, so the dates they settle reach the ambiguous ones before
    /// those are decided; otherwise it merges a best-first matching of the ambiguous pairs. Only groups
    /// of the same event type are compared.
    /// </summary>
    private void MergeAcrossArticles(List<MergeGroup> groups, MergeState state)
    {
        while (true)
        {
            var groupDays = groups.ToDictionary(g => g, g => state.GroupDays(g, DateReading.Merge));
            var pairs = new List<(MergeGroup A, MergeGroup B, double Score)>();
            foreach (var sameType in groups.GroupBy(g => g.Units[0].Type))
            {
                var members = sameType.ToArray();
                for (var i = 0; i < members.Length; i++)
                {
                    for (var j = i + 1; j < members.Length; j++)
                    {
                        var (a, b) = (members[i], members[j]);
                        if (GroupsCompatible(a, b, groupDays[a], groupDays[b]))
                            pairs.Add((a, b, Score(a, b, groupDays[a], groupDays[b])));
                    }
                }
            }
            if (pairs.Count == 0)
                return;
            var partners = pairs.SelectMany(p => new[] { p.A, p.B }).GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
            var unambiguous = pairs.Where(p => partners[p.A] == 1 && partners[p.B] == 1).ToList();
            var settled = unambiguous.Count > 0;
            var round = settled ? unambiguous : pairs.OrderByDescending(p => p.Score).ToList();
            var touched = new HashSet<MergeGroup>();
            foreach (var (a, b, _) in round)
            {
                if (touched.Contains(a) || touched.Contains(b))
                    continue;
                touched.Add(a);
                touched.Add(b);
                groups.Remove(b);
                a.Units.AddRange(b.Units);
                // Only a merge with no rival teaches an article its day: a best-first choice among
                // several candidates may be wrong, and a wrong day is worse than a wide one.
                if (settled)
                    Propagate(a, state);
            }
        }
    }

    /// <summary>
    /// Each article of a merged event must allow the event's days: narrow its publication days. Only
    /// dates the texts write count, on both sides: the window an undated report is given ("within
    /// the last month") is an assumption, too loose to teach another article its day.
    /// </summary>
    private void Propagate(MergeGroup group, MergeState state)
    {
        foreach (var unit in group.Units)
        {
            var dated = group.Units.Where(u => u != unit && IsDated(u)).ToArray();
            if (!IsDated(unit) || dated.Length != group.Units.Count - 1)
                continue;
            var others = dated.Select(u => state.UnitDays(u, DateReading.Merge)).ToArray();
            if (others.Any(o => o is null))
                continue;
            var otherDays = others.Aggregate((DateInterval?)null, (acc, d) => acc is { } a ? a.Intersect(d!.Value) ?? a : d);
            if (otherDays is not { } target)
                continue;
            var days = state.Publication[unit.ArticleId];
            var narrowed = days.Where(p => MentionDates.Joint(unit.Mentions, p, asOf, DateReading.Merge) is { } d && d.Overlaps(target));
            if (narrowed.IsEmpty || narrowed.Count == days.Count)
                continue;
            state.Publication[unit.ArticleId] = narrowed;
            var sources = group.Units.Where(u => u != unit).Select(u => u.ArticleId).Distinct().ToArray();
            var surface = unit.Mentions.Select(m => m.WhenText).FirstOrDefault(w => w is not null) ?? unit.Mentions[0].TriggerText;
            state.Evidence[unit.ArticleId].Add(new DateEvidence(
                DateEvidenceKind.ReportedElsewhere,
                new ReportedElsewhereClue(surface, unit.Type, target, sources),
                unit.Mentions[0].WhenSpan ?? unit.Mentions[0].Trigger,
                narrowed.Hull,
                true));
        }
    }

    private static bool IsDated(MergeUnit unit) => unit.Mentions.Any(m => m.When is not null && !m.DateInherited);

    private bool GroupsCompatible(MergeGroup a, MergeGroup b, DateInterval? aDays, DateInterval? bDays)
    {
        if (aDays is null || bDays is null || !aDays.Value.Overlaps(bDays.Value))
            return false;
        if (a.Units.Any(u => b.Units.Any(v => v.ArticleId == u.ArticleId)))
            return false;
        return a.Units.All(u => b.Units.All(v => u.Mentions.All(m => v.Mentions.All(n => _compatibility.Compatible(m, n)))))
            && CountryOverlap(a, b) >= 0.5;
    }

    private static double CountryOverlap(MergeGroup a, MergeGroup b)
    {
        var x = MergeCompatibility.Countries(a.Units.SelectMany(u => u.Mentions));
        var y = MergeCompatibility.Countries(b.Units.SelectMany(u => u.Mentions));
        var union = x.Union(y).Count();
        return union == 0 ? 0 : (double)x.Intersect(y).Count() / union;
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
