using Marsad.Time;

namespace Marsad.Events;

/// <summary>
/// Finds the groups that can merge with a group without looking at the others: two groups merge
/// only when they have the same type, share a country (their country sets overlap by half) and
/// their days overlap, so groups are posted under (type, country, stretch of days) for every
/// country they name and every stretch their days reach (a group whose days reach years, under one
/// stretch every query asks). A group's days only narrow as merging
/// goes on, so a posting made with wider days still finds every candidate; the candidates are a
/// superset that <see cref="BlockMerger"/> tests exactly.
/// </summary>
internal sealed class MergeIndex
{
    /// <summary>The length of a stretch of days, about a month: most reports' days lie within one or two.</summary>
    private const int StretchDays = 32;

    /// <summary>
    /// Beyond this many stretches (two years) a group is posted once, under the stretch <see cref="Wide"/>: an
    /// undated report can be any day in decades, and posting it in every month made each query walk it hundreds of times.
    /// </summary>
    private const int WideStretches = 24;

    /// <summary>The stretch under which wide groups are posted, asked by every query.</summary>
    private const int Wide = -1;

    private readonly Dictionary<(EventType Type, string Country, int Stretch), HashSet<MergeGroup>> _postings = [];
    private readonly Dictionary<MergeGroup, HashSet<(EventType, string, int)>> _postedUnder = [];

    /// <summary>Posts the group under each of <paramref name="countries"/> for the stretches <paramref name="days"/> reach (adding to its earlier postings).</summary>
    public void Add(MergeGroup group, IEnumerable<string> countries, DateInterval days)
    {
        if (!_postedUnder.TryGetValue(group, out var keys))
            _postedUnder[group] = keys = [];
        var type = group.Units[0].Type;
        foreach (var country in countries)
        {
            foreach (var stretch in Stretches(days))
            {
                var key = (type, country, stretch);
                if (!keys.Add(key))
                    continue;
                if (!_postings.TryGetValue(key, out var posted))
                    _postings[key] = posted = [];
                posted.Add(group);
            }
        }
    }

    /// <summary>The stretches a group with these days is posted under: those its days reach, or the wide one.</summary>
    private static IEnumerable<int> Stretches(DateInterval days)
    {
        var (from, to) = (Stretch(days.From), Stretch(days.To));
        if (to - from >= WideStretches)
        {
            yield return Wide;
            yield break;
        }
        for (var stretch = from; stretch <= to; stretch++)
            yield return stretch;
    }

    /// <summary>Withdraws every posting of the group (it merged into another).</summary>
    public void Remove(MergeGroup group)
    {
        if (!_postedUnder.Remove(group, out var keys))
            return;
        foreach (var key in keys)
            _postings[key].Remove(group);
    }

    /// <summary>The other groups of the same type posted under one of <paramref name="countries"/> in a stretch that <paramref name="days"/> reach.</summary>
    public IEnumerable<MergeGroup> Candidates(MergeGroup group, IEnumerable<string> countries, DateInterval days)
    {
        var seen = new HashSet<MergeGroup> { group };
        var type = group.Units[0].Type;
        foreach (var country in countries)
        {
            // The wide groups, which may reach any stretch, and every stretch the days reach.
            foreach (var stretch in Enumerable.Range(Stretch(days.From), Stretch(days.To) - Stretch(days.From) + 1).Prepend(Wide))
            {
                if (!_postings.TryGetValue((type, country, stretch), out var posted))
                    continue;
                foreach (var other in posted)
                {
                    if (seen.Add(other))
                        yield return other;
                }
            }
        }
    }

    private static int Stretch(DateOnly day) => day.DayNumber / StretchDays;
}
