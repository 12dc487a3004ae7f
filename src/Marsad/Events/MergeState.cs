using Marsad.Time;

namespace Marsad.Events;

/// <summary>The mentions of one article that report one event (a cluster), the unit the merger moves.</summary>
internal sealed class MergeUnit(string articleId, List<EventMention> mentions)
{
    public string ArticleId { get; } = articleId;
    public List<EventMention> Mentions { get; } = mentions;
    public EventType Type => Mentions[0].Type;
}

/// <summary>Units of several articles merged into one event so far.</summary>
internal sealed class MergeGroup(List<MergeUnit> units)
{
    public List<MergeUnit> Units { get; } = units;

    /// <summary>Where the group's first unit stands in its block's canonical order: of two groups that merge, the earlier absorbs the later.</summary>
    public int Key { get; init; }
}

/// <summary>
/// The state of one merge: each article's candidate publication days as merging narrows them, the
/// evidence for every narrowing, and the days each unit can denote under its article's current days.
/// </summary>
internal sealed class MergeState(DateOnly asOf, Dictionary<string, DaySet> publication, Dictionary<string, List<DateEvidence>> evidence)
{
    // A unit's days change only when its article's candidate days do (DaySet is immutable and
    // replaced when narrowed), so rounds of merging reuse them instead of re-resolving every day.
    private readonly Dictionary<(MergeUnit, DaySet, DateReading), DateInterval?> _unitDays = [];

    public DateOnly AsOf { get; } = asOf;
    public Dictionary<string, DaySet> Publication { get; } = publication;
    public Dictionary<string, List<DateEvidence>> Evidence { get; } = evidence;

    public DateInterval? UnitDays(MergeUnit unit, DateReading reading)
    {
        var days = Publication[unit.ArticleId];
        if (!_unitDays.TryGetValue((unit, days, reading), out var result))
            _unitDays[(unit, days, reading)] = result = reading == DateReading.Report
                ? MentionDates.Claimed(days, unit.Mentions, AsOf)
                : MentionDates.Over(days, unit.Mentions, AsOf, reading);
        return result;
    }

    /// <summary>The days every unit of the group allows; null when they cannot coincide.</summary>
    public DateInterval? GroupDays(MergeGroup group, DateReading reading)
    {
        DateInterval? result = null;
        foreach (var unit in group.Units)
        {
            if (UnitDays(unit, reading) is not { } d)
                return null;
            result = result is { } r ? r.Intersect(d) : d;
            if (result is null)
                return null;
        }
        return result;
    }
}
