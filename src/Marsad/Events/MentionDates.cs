using Marsad.Events.Frames;
using Marsad.Time;

namespace Marsad.Events;

/// <summary>
/// How an undated report is read: as recent news when deciding which reports are one event, as
/// anything up to its article's day when stating what the texts allow.
/// </summary>
internal enum DateReading
{
    /// <summary>Undated occurred reports lie within <see cref="MentionDates.UndatedLookbackDays"/> of publication: the merge's recency assumption.</summary>
    Merge,

    /// <summary>Undated occurred reports may lie any time before publication (since <see cref="PublicationDater.DefaultEarliest"/>): what an event's interval claims.</summary>
    Report,
}

/// <summary>
/// Dates of event mentions as functions of the publication day. A mention with a temporal
/// expression denotes what the expression resolves to; one without denotes the past (for merging,
/// the recent past: <see cref="DateReading"/>) or the coming year, when planned. Mentions of one
/// event combine by intersection, except start and end reports of a multi-day event, which
/// combine by hull.
/// </summary>
internal static class MentionDates
{
    /// <summary>How far back an undated report of an occurred event may reach when reports are merged.</summary>
    public const int UndatedLookbackDays = 30;

    /// <summary>How many days a multi-day event reported by its start or its end only may span, that day included.</summary>
    public const int OpenPhaseDays = 7;

    /// <summary>How far ahead an undated planned event may lie.</summary>
    public const int UndatedPlannedDays = 365;

    /// <summary>
    /// How far after publication an undated report in the present tense may lie: news tells in the imperfect what
    /// is under way or set for the coming days ("ويبحث الجانبان في محادثاتهما" the day before the talks).
    /// </summary>
    public const int OngoingAheadDays = 7;

    /// <summary>Days in a week: a reading wider than this pins no weekday.</summary>
    public const int WeekDays = 7;

    /// <summary>Days the mention can denote if its article was published on <paramref name="publication"/>.</summary>
    public static DateInterval? Resolve(EventMention mention, DateOnly publication, DateOnly asOf, DateReading reading)
    {
        DateInterval? days = mention.When is { } value
            ? value.Resolve(publication)
            : mention.Status == EventStatus.Planned
                ? new DateInterval(publication, publication.AddDays(UndatedPlannedDays))
                : new DateInterval(
                    reading == DateReading.Merge ? publication.AddDays(-UndatedLookbackDays) : Min(publication, PublicationDater.DefaultEarliest),
                    Latest(mention, publication, asOf, reading));
        foreach (var role in mention.RoleBounds.Where(r => !r.BoundsNothing))
        {
            if (days is null)
                break;
            days = (role.Bounds(asOf) is { } term ? days.Value.Intersect(term) : null) ?? (mention.When is null ? null : days);
        }
        return days;
    }

    /// <summary>
    /// Days a set of mentions from ONE article can jointly denote for a publication day: the
    /// intersection of whole-event reports, widened to the hull of start/end reports when there
    /// are any (they must still meet the whole-event reports). Null when they cannot agree.
    /// </summary>
    public static DateInterval? Joint(IEnumerable<EventMention> mentions, DateOnly publication, DateOnly asOf, DateReading reading)
    {
        DateInterval? whole = null;
        DateInterval? span = null;
        bool any = false, started = false, ended = false;
        foreach (var m in mentions)
        {
            var d = Resolve(m, publication, asOf, reading);
            if (d is null)
                return null;
            if (m.Phase == DatePhase.Whole)
            {
                whole = any ? whole?.Intersect(d.Value) : d;
                any = true;
                if (whole is null)
                    return null;
            }
            else
            {
                span = span is { } s ? s.Hull(d.Value) : d;
                started |= m.Phase == DatePhase.Start;
                ended |= m.Phase == DatePhase.End;
            }
        }
        if (span is null)
            return whole;
        // What the texts allow; the merge compares the days reported, which keeps its candidates few.
        if (reading == DateReading.Report)
            span = Open(span.Value, started, ended);
        if (whole is { } w && !w.Overlaps(span.Value))
            return null;
        return span;
    }

    /// <summary>A span reported by its end only ("اختتمت أمس") may have begun days before; by its start only, may go on for days.</summary>
    private static DateInterval Open(DateInterval span, bool started, bool ended) =>
        !started ? new DateInterval(span.From.AddDays(-(OpenPhaseDays - 1)), span.To)
        : !ended ? new DateInterval(span.From, span.To.AddDays(OpenPhaseDays - 1))
        : span;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    /// <summary>The latest day an undated occurred report allows: its article's day, its page's posting day, or a few days on for the present tense.</summary>
    private static DateOnly Latest(EventMention mention, DateOnly publication, DateOnly asOf, DateReading reading)
    {
        var latest = reading == DateReading.Merge || mention.LatestPosting is not { } posted || posted < publication ? publication : Min(posted, asOf);
        return mention.Ongoing ? Max(latest, publication.AddDays(OngoingAheadDays)) : latest;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>"الثلاثاء", "اليوم الثلاثاء", "ليلة الأحد": a reading that falls on a weekday of its own.</summary>
    private static bool NamesAWeekday(TemporalValue value) => value switch
    {
        WeekdayValue or RelativeDay { Weekday: not null } => true,
        NightOf night => NamesAWeekday(night.Day),
        OccasionDay occasion => NamesAWeekday(occasion.Day),
        _ => false,
    };

    /// <summary>
    /// Hull of <see cref="Joint"/> over every candidate publication day; null when no day allows it.
    /// Every value moves forward with the publication day, never back (a later day gives a later or the
    /// same "أمس", "الخميس", "5 آذار", meeting edition or term), so the earliest day that allows the
    /// mentions gives the hull's start and the latest its end: an undated article's thousands of
    /// candidate days cost two short scans.
    /// </summary>
    public static DateInterval? Over(DaySet publication, IReadOnlyList<EventMention> mentions, DateOnly asOf, DateReading reading)
    {
        // Reports dated by full dates read the same whatever the publication day: one day stands for all.
        if (mentions.All(m => m.When is { ReadsAlikeEveryDay: true }))
            return publication.Hull is { } any ? Joint(mentions, any.From, asOf, reading) : null;
        if (FirstJoint(publication.Days, mentions, asOf, reading) is not { } first)
            return null;
        return FirstJoint(publication.DaysDescending, mentions, asOf, reading) is { } last ? first.Hull(last) : first;
    }

    /// <summary>What the mentions claim as an event's days (<see cref="DateReading.Report"/>): <see cref="Over"/>, unaligned.</summary>
    public static DateInterval? Claimed(DaySet publication, IReadOnlyList<EventMention> mentions, DateOnly asOf) =>
        Over(publication, mentions, asOf, DateReading.Report) is { } days && publication.Hull is { } published
            ? Unaligned(days, published, mentions, asOf)
            : null;

    /// <summary>
    /// Days a report of the past dated by a weekday claims when they are wider than a week: read against a
    /// publication day the texts leave open for weeks, "الثلاثاء" pins no Tuesday, so the interval does not start
    /// on the first such weekday nor end on the last, but up to six days around them, inside the participants'
    /// terms and never after the article's last possible day.
    /// </summary>
    private static DateInterval Unaligned(DateInterval days, DateInterval publication, IReadOnlyList<EventMention> mentions, DateOnly asOf)
    {
        if (days.Days <= WeekDays || !mentions.Any(m => m.Status != EventStatus.Planned && m.When is { } w && NamesAWeekday(w)))
            return days;
        var to = days.To < publication.To ? Min(days.To.AddDays(WeekDays - 1), publication.To) : days.To;
        var widened = new DateInterval(Max(days.From.AddDays(-(WeekDays - 1)), PublicationDater.DefaultEarliest), to);
        foreach (var role in mentions.SelectMany(m => m.RoleBounds).Where(r => !r.BoundsNothing))
        {
            if (role.Bounds(asOf) is { } term && widened.Intersect(term) is { } inTerm)
                widened = inTerm;
        }
        return widened.Hull(days);
    }

    private static DateInterval? FirstJoint(IEnumerable<DateOnly> days, IReadOnlyList<EventMention> mentions, DateOnly asOf, DateReading reading)
    {
        foreach (var p in days)
        {
            if (Joint(mentions, p, asOf, reading) is { } d)
                return d;
        }
        return null;
    }
}
