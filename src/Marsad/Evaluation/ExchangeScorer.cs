using System.Text.Json.Nodes;

namespace Marsad.Evaluation;

/// <summary>
/// Scores a system export against a hand-labelled gold file, both in the exchange format
/// (docs/exchange-format.md): events are matched one-to-one, best affinity first, on type,
/// participant countries (Jaccard at least one half) and overlapping dates; then attributes of
/// matched events and of articles are compared. Gives the same figures as the reference scorer
/// that ships with the shared evaluation data (a parity test checks it).
/// </summary>
public static class ExchangeScorer
{
    /// <summary>Scores the system exchange file at <paramref name="systemPath"/> against the gold file at <paramref name="goldPath"/>.</summary>
    public static Scorecard ScoreFiles(string goldPath, string systemPath) =>
        Score(ScoredDocument.Load(goldPath), ScoredDocument.Load(systemPath));

    internal static Scorecard Score(ScoredDocument gold, ScoredDocument system)
    {
        var goldEvents = gold.Events;
        var systemEvents = system.Events.Where(e => e.Occurred).ToArray();
        var pairs = Match(goldEvents, systemEvents);
        var required = Enumerable.Range(0, goldEvents.Count).Where(i => goldEvents[i].Required && goldEvents[i].Occurred).ToArray();
        var tp = required.Count(pairs.ContainsKey);
        var fn = required.Length - tp;
        var matchedSystem = pairs.Values.ToHashSet();
        var fp = Enumerable.Range(0, systemEvents.Length).Count(i => !matchedSystem.Contains(i));
        var precision = Ratio(tp, tp + fp);
        var recall = Ratio(tp, tp + fn);
        var f1 = precision is > 0 && recall is > 0 ? 2 * precision.Value * recall.Value / (precision.Value + recall.Value) : 0.0;

        var matched = required.Where(pairs.ContainsKey).Select(i => (Gold: goldEvents[i], System: systemEvents[pairs[i]])).ToArray();
        var exactTotal = required.Count(i => goldEvents[i].When is { IsDay: true });
        var articles = ScoreArticles(gold.Articles, system.Articles);
        return new Scorecard(
            tp, fp, fn, precision, recall, f1,
            ModeAccuracy: Ratio(matched.Count(m => m.Gold.Mode == m.System.Mode), tp),
            WhereAccuracy: RatioOf(matched.Where(m => m.Gold.Where is not null), m => PlaceAgrees(m.Gold.Where!, m.System.Where)),
            DateExact: Ratio(matched.Count(m => m.Gold.When is { IsDay: true } g && m.System.When == g), exactTotal),
            WhenContainsGold: RatioOf(matched.Where(m => m.Gold.When is not null && m.System.When is not null),
                m => m.System.When!.Value.Contains(m.Gold.When!.Value)),
            PeopleRecall: PeopleRecall(matched),
            DirectionAccuracy: RatioOf(matched.Where(m => m.Gold.SideCountries("source").Count > 0),
                m => m.System.SideCountries("source").SetEquals(m.Gold.SideCountries("source"))),
            SourcesJaccard: matched.Length == 0 ? null : matched.Sum(m => Jaccard(m.Gold.Sources, m.System.Sources)) / matched.Length,
            articles.Outlet, articles.Consistent, articles.Tight,
            RecallByKind(goldEvents, required, pairs),
            required.Where(i => !pairs.ContainsKey(i)).Select(i => goldEvents[i].Key).ToArray());
    }

    /// <summary>
    /// One-to-one matching, best affinity first; ties go to the earlier gold, then the earlier
    /// system event. Candidates share the type and at least one country.
    /// </summary>
    private static Dictionary<int, int> Match(IReadOnlyList<ScoredEvent> gold, IReadOnlyList<ScoredEvent> system)
    {
        var index = new Dictionary<(string?, string), List<int>>();
        for (var s = 0; s < system.Count; s++)
        {
            foreach (var c in system[s].Countries)
            {
                if (!index.TryGetValue((system[s].Type, c), out var list))
                    index[(system[s].Type, c)] = list = [];
                list.Add(s);
            }
        }
        var pairs = new List<(double Affinity, int Gold, int System)>();
        for (var g = 0; g < gold.Count; g++)
        {
            var candidates = gold[g].Countries.SelectMany(c => index.GetValueOrDefault((gold[g].Type, c)) ?? []).Distinct().Order();
            foreach (var s in candidates)
            {
                if (ScoredInterval.Overlaps(gold[g].When, system[s].When) && Jaccard(gold[g].Countries, system[s].Countries) >= 0.5)
                    pairs.Add((Affinity(gold[g], system[s]), g, s));
            }
        }
        var result = new Dictionary<int, int>();
        var usedSystem = new HashSet<int>();
        foreach (var (_, g, s) in pairs.OrderByDescending(p => p.Affinity).ThenBy(p => p.Gold).ThenBy(p => p.System))
        {
            if (result.ContainsKey(g) || usedSystem.Contains(s))
                continue;
            result[g] = s;
            usedSystem.Add(s);
        }
        return result;
    }

    private static double Affinity(ScoredEvent gold, ScoredEvent system)
    {
        var score = Jaccard(gold.Countries, system.Countries);
        score += Jaccard(gold.Sources, system.Sources);
        score += gold.Mode == system.Mode ? 0.5 : 0;
        if (gold.When is { } g && system.When is { } s)
            score += g == s ? 0.5 : 0;
        return score;
    }

    private static bool PlaceAgrees(ScoredPlace gold, ScoredPlace? system)
    {
        var ok = gold.Country == system?.Country;
        if (!string.IsNullOrEmpty(gold.Name))
            ok = ok && ScorerNames.Key(gold.Name) == ScorerNames.Key(system?.Name);
        return ok;
    }

    private static double? PeopleRecall(IReadOnlyList<(ScoredEvent Gold, ScoredEvent System)> matched)
    {
        int hits = 0, total = 0;
        foreach (var (gold, system) in matched)
        {
            foreach (var person in gold.Participants.Where(p => !string.IsNullOrEmpty(p.Name)))
            {
                total++;
                if (system.Participants.Any(p => p.Country == person.Country && ScorerNames.SamePerson(p.Name, person.Name)))
                    hits++;
            }
        }
        return Ratio(hits, total);
    }

    private static (double? Outlet, double? Consistent, double? Tight) ScoreArticles(
        IReadOnlyList<ScoredArticle> gold, IReadOnlyList<ScoredArticle> system)
    {
        var byFile = new Dictionary<string, ScoredArticle>(StringComparer.Ordinal);
        foreach (var a in system.Where(a => a.File is not null))
            byFile[a.File!] = a;
        int outlets = 0, consistent = 0, tight = 0, dated = 0;
        foreach (var g in gold)
        {
            var s = g.File is null ? null : byFile.GetValueOrDefault(g.File);
            if (ScorerNames.Key(g.Outlet) == ScorerNames.Key(s?.Outlet))
                outlets++;
            if (g.Published is not { } goldDays)
                continue;
            dated++;
            var systemDays = s?.Published;
            var holds = g.TrueDay is { } day ? systemDays?.Contains(day) == true : ScoredInterval.Overlaps(goldDays, systemDays);
            if (!holds)
                continue;
            consistent++;
            if (systemDays!.Value.Length <= goldDays.Length + 1)
                tight++;
        }
        return (Ratio(outlets, gold.Count), Ratio(consistent, dated), Ratio(tight, dated));
    }

    private static IReadOnlyList<KindRecall> RecallByKind(IReadOnlyList<ScoredEvent> gold, IEnumerable<int> required, IReadOnlyDictionary<int, int> pairs)
    {
        var kinds = new List<KindRecall>();
        foreach (var i in required)
        {
            var kind = (gold[i].Type ?? "?") + (string.IsNullOrEmpty(gold[i].Mode) ? "" : "/" + gold[i].Mode);
            var at = kinds.FindIndex(k => k.Kind == kind);
            var found = pairs.ContainsKey(i) ? 1 : 0;
            if (at < 0)
                kinds.Add(new KindRecall(kind, found, 1));
            else
                kinds[at] = kinds[at] with { Found = kinds[at].Found + found, Total = kinds[at].Total + 1 };
        }
        return kinds.OrderByDescending(k => k.Total).ToArray();
    }

    private static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var union = a.Union(b).Count();
        return union == 0 ? 0.0 : (double)a.Intersect(b).Count() / union;
    }

    private static double? Ratio(int hits, int total) => total == 0 ? null : (double)hits / total;

    private static double? RatioOf<T>(IEnumerable<T> items, Func<T, bool> hit)
    {
        var list = items.ToArray();
        return Ratio(list.Count(hit), list.Length);
    }
}
