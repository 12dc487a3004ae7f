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
    /// <summary>The budgets articles reached (see <see cref="MergeBudget"/>), by article id.</summary>
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
/// Across articles the merge runs block by block (<see cref="MergeBlocks"/>, <see cref="BlockMerger"/>).
/// The work spent on one article is bounded by a <see cref="MergeBudget"/>.
/// </summary>
internal sealed class EventMerger(DateOnly asOf, EventLexicons lexicons, MergeBudget? budget = null)
{
    private readonly MergeBudget _budget = budget ?? MergeBudget.Unlimited;
    private readonly EventLexicons _lex = lexicons;
    private readonly MergeCompatibility _compatibility = new(lexicons.Spellings, lexicons.Types);

    /// <summary>Merges the articles at once: the same as adding them to an <see cref="IncrementalMerge"/> in any order and batches.</summary>
    public MergeResult Merge(IReadOnlyList<ArticleMentions> articles)
    {
        var merge = Incremental();
        merge.Add(articles);
        return merge.Result();
    }

    /// <summary>A merge that articles join batch by batch.</summary>
    public IncrementalMerge Incremental() => new(this, asOf);

    /// <summary>The article merged inside itself: where its merge with other articles starts.</summary>
    internal ArticleStart Start(ArticleMentions article)
    {
        var publication = new Dictionary<string, DaySet>(StringComparer.Ordinal) { [article.ArticleId] = article.Publication };
        var evidence = new List<DateEvidence>();
        var reached = new List<MergeBudgetReached>();
        var units = ClusterWithinArticle(article, publication, evidence, reached);
        var (merging, alone) = SplitByBudget(article.ArticleId, units, reached);
        return new ArticleStart(article.ArticleId, merging.ToArray(), alone.ToArray(), publication[article.ArticleId], evidence.ToArray(), reached.ToArray());
    }

    /// <summary>
    /// Merges one block of articles across articles (see <see cref="BlockMerger"/>) from where each
    /// article's own merge left it, in the block's canonical order: by article id, then cluster.
    /// </summary>
    internal BlockResult MergeBlock(IEnumerable<ArticleStart> articles)
    {
        var ordered = articles.OrderBy(a => a.ArticleId, StringComparer.Ordinal).ToArray();
        var state = new MergeState(
            asOf,
            ordered.ToDictionary(a => a.ArticleId, a => a.Publication, StringComparer.Ordinal),
            ordered.ToDictionary(a => a.ArticleId, a => a.Evidence.ToList(), StringComparer.Ordinal));
        var groups = new BlockMerger(asOf, _compatibility, state, ordered.SelectMany(a => a.Merging).ToArray()).Merge();
        var builder = new EventBuilder(_compatibility, _lex.Modes, _lex.Cameo);
        var all = groups.Concat(ordered.SelectMany(a => a.Alone).Select(u => new MergeGroup([u]))).ToArray();
        var elsewhere = PersonsOfOtherEvents(all);
        var events = all.Select((g, i) => builder.Build(g, state, () => elsewhere(i))).ToArray();
        return new BlockResult(
            events,
            state.Publication,
            state.Evidence.ToDictionary(e => e.Key, e => (IReadOnlyList<DateEvidence>)e.Value, StringComparer.Ordinal));
    }

    /// <summary>
    /// The persons (by merge key) that the other groups of a group's articles name, computed for the groups that
    /// ask (those with a summing-up report).
    /// </summary>
    private Func<int, IReadOnlySet<string>> PersonsOfOtherEvents(IReadOnlyList<MergeGroup> groups)
    {
        var byArticle = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Count; i++)
            foreach (var article in groups[i].Units.Select(u => u.ArticleId).Distinct())
                (byArticle.TryGetValue(article, out var list) ? list : byArticle[article] = []).Add(i);
        IEnumerable<string> PersonsOf(MergeGroup g) =>
            g.Units.SelectMany(u => u.Mentions).SelectMany(m => m.Participants).Select(_compatibility.PersonKey).OfType<string>();
        return i => groups[i].Units.Select(u => u.ArticleId).Distinct().SelectMany(a => byArticle[a]).Where(j => j != i)
            .Distinct().SelectMany(j => PersonsOf(groups[j])).ToHashSet(StringComparer.Ordinal);
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
            LendHeadlineDates(units);
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

    /// <summary>
    /// "الخارجية تستدعي القائم بالأعمال وتهدد بالرد": acts a headline joins tell one moment, so an act the
    /// headline alone reports takes the date the body gives another act of that headline (marked inherited: a
    /// guess the merge may drop). Only done acts lend and borrow, and only one: two dated acts in a headline leave
    /// the third its own reading.
    /// </summary>
    private static void LendHeadlineDates(List<MergeUnit> units)
    {
        foreach (var unit in units.Where(u => u.Mentions.All(m => m.InHeadline && m.When is null && m.Status == EventStatus.Occurred)))
        {
            var sentences = unit.Mentions.Select(m => m.Sentence).ToHashSet();
            var lenders = units.Where(v => v != unit && v.Mentions.Any(m => m.InHeadline && sentences.Contains(m.Sentence)))
                .Select(v => v.Mentions.FirstOrDefault(m => m.When is not null && !m.DateInherited && m.Status == EventStatus.Occurred))
                .OfType<EventMention>()
                .ToArray();
            if (lenders is not [var dated])
                continue;
            for (var i = 0; i < unit.Mentions.Count; i++)
                unit.Mentions[i] = unit.Mentions[i] with { When = dated.When, WhenText = dated.WhenText, WhenSpan = dated.WhenSpan, DateInherited = true };
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
            var narrowed = Narrow(ref days, p => MentionDates.Joint(unit.Mentions, p, asOf, DateReading.Merge) is not null
                    && unit.Mentions.All(m => m.When is not OccasionDay o || o.Agrees(p)),
                hull => new DateEvidence(
                    DateEvidenceKind.SameEvent,
                    new SameEventClue(unit.Mentions.Select(m => m.WhenText).OfType<string>().Distinct().ToArray()),
                    unit.Mentions.First(m => m.When is not null).WhenSpan,
                    hull,
                    true),
                evidence);
            if (narrowed)
                dayCount = Math.Max(1, days.Count);
        }
        return NarrowByTerms(units, NarrowByVisits(units, days, evidence, work), evidence, work);
    }

    /// <summary>A meeting a visitor holds in the city of his visit is held during it (<see cref="VisitOccasions"/>): that narrows publication.</summary>
    private DaySet NarrowByVisits(List<MergeUnit> units, DaySet days, List<DateEvidence> evidence, MergeWork work)
    {
        foreach (var (visit, meeting) in VisitOccasions.Pairs(units, _compatibility))
        {
            var dated = VisitOccasions.Dated(visit, meeting);
            if (!work.TryCharge((long)dated.Count * Math.Max(1, days.Count)))
                break;
            Narrow(ref days, p => MentionDates.Joint(dated, p, asOf, DateReading.Merge) is not null,
                hull => new DateEvidence(DateEvidenceKind.SameEvent, VisitOccasions.Clue(visit, meeting), dated[0].WhenSpan, hull, true), evidence);
        }
        return days;
    }

    /// <summary>
    /// Keeps the publication days <paramref name="allows"/> lets through and records why; false, the days untouched, when it
    /// lets through all of them or none (a clue no day satisfies is another's, and rules nothing out).
    /// </summary>
    private static bool Narrow(ref DaySet days, Func<DateOnly, bool> allows, Func<DateInterval?, DateEvidence> why, List<DateEvidence> evidence)
    {
        var narrowed = days.Where(allows);
        if (narrowed.IsEmpty || narrowed.Count == days.Count)
            return false;
        days = narrowed;
        evidence.Add(why(days.Hull));
        return true;
    }

    /// <summary>
    /// "قال الملك الثلاثاء خلال مؤتمر صحفي مع المستشار أولاف شولتس": an event dated relative to publication that
    /// names a party in an office happened inside that party's term, so publication days that would put it
    /// outside are impossible (the days right after a term began, when "الثلاثاء" still falls before it).
    /// </summary>
    private DaySet NarrowByTerms(List<MergeUnit> units, DaySet days, List<DateEvidence> evidence, MergeWork work)
    {
        // A title is printed days before the term the table records (a designate, a start the table gives a day
        // late): the event may precede the term by this much, so a wrong day never rules out the true one.
        const int TermSlackDays = 3;
        foreach (var unit in units)
        {
            // A meeting named without its edition is no relative date: which edition it is is the table's guess.
            if (unit.Mentions.FirstOrDefault(m => m.When is { ReadsAlikeEveryDay: false } and not MeetingDate && m.RoleBounds.Any(r => !r.BoundsNothing)) is not { } dated
                || !work.TryCharge((long)unit.Mentions.Count * Math.Max(1, days.Count)))
                continue;
            var binding = dated.RoleBounds.Where(r => !r.BoundsNothing).ToArray();
            // The mention's own dates never give way to a term (MentionDates keeps a printed date the knowledge base
            // disagrees with); here the term only chooses among the publication days a relative date leaves open.
            var terms = binding.Select(r => r.Bounds(asOf) is { } t ? new DateInterval(t.From.AddDays(-TermSlackDays), t.To) : (DateInterval?)null).ToArray();
            Narrow(ref days, p => dated.When!.Resolve(p) is { } d && terms.All(t => t is { } term && term.Overlaps(d)),
                hull => new DateEvidence(DateEvidenceKind.Role, new EventInTermClue(dated.WhenText ?? dated.TriggerText, binding[0], asOf), dated.WhenSpan, hull, true), evidence);
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
}
