using Marsad.Actors;
using Marsad.Events;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Events;

public class MentionDatesTests
{
    private static readonly DateOnly P = new(2025, 3, 12);
    private static readonly DateOnly AsOf = new(2026, 11, 28);

    private sealed record Fixed(DateOnly From, DateOnly To) : TemporalValue
    {
        public override DateInterval? Resolve(DateOnly publication) => new DateInterval(From, To);
        public override bool IsAbsolute => true;
        public override string Describe() => $"{From:yyyy-MM-dd}/{To:yyyy-MM-dd}";
    }

    private static EventMention Mention(TemporalValue? when, EventStatus status = EventStatus.Occurred, DatePhase phase = DatePhase.Whole) =>
        new("a", 0, new TextSpan(0, 1), "…", new TextSpan(0, 1), "بحث", EventType.Consult, null, "040", 1.0, status, [],
            null, when?.Describe(), null, null, [], [])
        { When = when, Phase = phase };

    private static Fixed Day(int month, int day) => new(new DateOnly(2025, month, day), new DateOnly(2025, month, day));

    [Fact]
    public void Undated_occurred_mention_covers_the_last_thirty_days_when_reports_are_merged()
    {
        Assert.Equal(new DateInterval(P.AddDays(-30), P), MentionDates.Resolve(Mention(null), P, AsOf, DateReading.Merge));
    }

    [Fact]
    public void Undated_occurred_mention_claims_only_that_it_lies_before_publication_when_reported()
    {
        Assert.Equal(new DateInterval(PublicationDater.DefaultEarliest, P), MentionDates.Resolve(Mention(null), P, AsOf, DateReading.Report));
        var m = Mention(null) with { RoleBounds = [new RoleSpan("x", "EGY", "foreign_minister", new DateOnly(2024, 7, 1), null)] };
        Assert.Equal(new DateInterval(new DateOnly(2024, 7, 1), P), MentionDates.Resolve(m, P, AsOf, DateReading.Report));
    }

    [Fact]
    public void Undated_report_on_a_page_posted_after_its_body_was_written_reaches_the_posting_day()
    {
        // The body dates itself two days before the page's printed date; a lead line without a date may
        // tell of a reply that came in between, so its act is bounded by the posting day, not the writing day.
        var lead = Mention(null) with { LatestPosting = P.AddDays(2) };
        Assert.Equal(new DateInterval(PublicationDater.DefaultEarliest, P.AddDays(2)), MentionDates.Resolve(lead, P, AsOf, DateReading.Report));
        Assert.Equal(new DateInterval(PublicationDater.DefaultEarliest, P), MentionDates.Resolve(lead, P, P, DateReading.Report));
        // Merging compares the writing days of reports, as before.
        Assert.Equal(new DateInterval(P.AddDays(-30), P), MentionDates.Resolve(lead, P, AsOf, DateReading.Merge));
    }

    [Fact]
    public void Undated_planned_mention_covers_the_coming_year()
    {
        Assert.Equal(new DateInterval(P, P.AddDays(365)), MentionDates.Resolve(Mention(null, EventStatus.Planned), P, AsOf, DateReading.Merge));
    }

    [Fact]
    public void Dated_mention_denotes_its_expression()
    {
        Assert.Equal(DateInterval.Day(new DateOnly(2025, 3, 10)), MentionDates.Resolve(Mention(Day(3, 10)), P, AsOf, DateReading.Merge));
    }

    [Fact]
    public void Whole_mentions_combine_by_intersection()
    {
        var week = new Fixed(new DateOnly(2025, 3, 8), new DateOnly(2025, 3, 14));
        Assert.Equal(DateInterval.Day(new DateOnly(2025, 3, 10)), MentionDates.Joint([Mention(week), Mention(Day(3, 10))], P, AsOf, DateReading.Merge));
        // An undated report agrees with a dated one inside its lookback.
        Assert.Equal(DateInterval.Day(new DateOnly(2025, 3, 10)), MentionDates.Joint([Mention(null), Mention(Day(3, 10))], P, AsOf, DateReading.Merge));
    }

    [Fact]
    public void Start_and_end_reports_combine_by_hull()
    {
        var start = Mention(Day(3, 9), phase: DatePhase.Start);
        var end = Mention(Day(3, 11), phase: DatePhase.End);
        Assert.Equal(new DateInterval(new DateOnly(2025, 3, 9), new DateOnly(2025, 3, 11)), MentionDates.Joint([start, end], P, AsOf, DateReading.Merge));
    }

    [Fact]
    public void Phases_must_still_meet_the_whole_reports()
    {
        var start = Mention(Day(3, 9), phase: DatePhase.Start);
        var end = Mention(Day(3, 11), phase: DatePhase.End);
        Assert.NotNull(MentionDates.Joint([start, end, Mention(Day(3, 10))], P, AsOf, DateReading.Merge));
        Assert.Null(MentionDates.Joint([start, end, Mention(Day(2, 1))], P, AsOf, DateReading.Merge));
    }

    [Fact]
    public void Contradictory_whole_mentions_give_null()
    {
        Assert.Null(MentionDates.Joint([Mention(Day(3, 10)), Mention(Day(3, 11))], P, AsOf, DateReading.Merge));
        // A report dated before the lookback cannot be the same event as an undated recent one.
        Assert.Null(MentionDates.Joint([Mention(null), Mention(Day(1, 2))], P, AsOf, DateReading.Merge));
    }

    [Fact]
    public void Over_takes_the_hull_across_possible_publication_days()
    {
        var days = DaySet.Range(new DateOnly(2025, 3, 12), new DateOnly(2025, 3, 13));
        Assert.Equal(new DateInterval(new DateOnly(2025, 2, 10), new DateOnly(2025, 3, 13)), MentionDates.Over(days, [Mention(null)], AsOf, DateReading.Merge));
    }

    [Fact]
    public void Over_is_null_when_no_publication_day_allows_the_mentions()
    {
        var days = DaySet.Range(new DateOnly(2025, 3, 12), new DateOnly(2025, 3, 13));
        Assert.Null(MentionDates.Over(days, [Mention(Day(3, 10)), Mention(Day(3, 11))], AsOf, DateReading.Merge));
    }

    [Fact]
    public void Term_of_office_narrows_an_undated_mention()
    {
        var m = Mention(null) with { RoleBounds = [new RoleSpan("x", "EGY", "foreign_minister", new DateOnly(2025, 3, 1), null)] };
        Assert.Equal(new DateInterval(new DateOnly(2025, 3, 1), P), MentionDates.Resolve(m, P, AsOf, DateReading.Merge));
    }

    [Fact]
    public void Undated_mention_outside_the_term_of_office_is_impossible()
    {
        var m = Mention(null) with { RoleBounds = [new RoleSpan("x", "EGY", "foreign_minister", null, new DateOnly(2024, 12, 31))] };
        Assert.Null(MentionDates.Resolve(m, P, AsOf, DateReading.Merge));
    }

    [Fact]
    public void Unverified_term_of_office_narrows_nothing()
    {
        var m = Mention(null) with { RoleBounds = [new RoleSpan("x", "EGY", "foreign_minister", new DateOnly(2025, 3, 1), null, FromDoubt: DateDoubt.Open)] };
        Assert.Equal(new DateInterval(P.AddDays(-MentionDates.UndatedLookbackDays), P), MentionDates.Resolve(m, P, AsOf, DateReading.Merge));
    }

    [Fact]
    public void A_term_whose_start_is_doubted_still_bounds_by_its_end()
    {
        var m = Mention(null) with { RoleBounds = [new RoleSpan("x", "EGY", "foreign_minister", new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 5), FromDoubt: DateDoubt.Open)] };
        Assert.Equal(new DateInterval(P.AddDays(-MentionDates.UndatedLookbackDays), new DateOnly(2025, 3, 5)), MentionDates.Resolve(m, P, AsOf, DateReading.Merge));
    }

    [Fact]
    public void Explicit_date_outranks_a_term_of_office()
    {
        var m = Mention(Day(3, 10)) with { RoleBounds = [new RoleSpan("x", "EGY", "foreign_minister", null, new DateOnly(2024, 12, 31))] };
        Assert.Equal(DateInterval.Day(new DateOnly(2025, 3, 10)), MentionDates.Resolve(m, P, AsOf, DateReading.Merge));
    }

    [Fact]
    public void A_weekday_read_over_weeks_claims_no_alignment_but_stays_inside_the_terms_and_before_publication()
    {
        // "الثلاثاء" on a page the texts date only to 2024-12-24..2026-12-01 (a minister in office since 2024-12-21):
        // the hull of its Tuesdays runs 2024-12-24..2026-12-01; it pins no Tuesday, so the claim starts with the term.
        var tuesday = Mention(new WeekdayValue(DayOfWeek.Tuesday, WeekdayRelation.Recent)) with
        {
            RoleBounds = [new RoleSpan("x", "SYR", "foreign_minister", new DateOnly(2024, 12, 21), null)],
        };
        var open = DaySet.Range(new DateOnly(2024, 12, 24), new DateOnly(2026, 12, 1));
        Assert.Equal(new DateInterval(new DateOnly(2024, 12, 24), new DateOnly(2026, 12, 1)), MentionDates.Over(open, [tuesday], AsOf, DateReading.Report));
        Assert.Equal(new DateInterval(new DateOnly(2024, 12, 21), new DateOnly(2026, 12, 1)), MentionDates.Claimed(open, [tuesday], AsOf));
        // The last Sunday before the page's last possible day ends the hull; the claim reaches that day, not past it.
        var sunday = Mention(new WeekdayValue(DayOfWeek.Sunday, WeekdayRelation.Recent));
        Assert.Equal(new DateInterval(new DateOnly(2024, 12, 22), new DateOnly(2026, 11, 29)), MentionDates.Over(open, [sunday], AsOf, DateReading.Report));
        Assert.Equal(new DateInterval(new DateOnly(2024, 12, 16), new DateOnly(2026, 12, 1)), MentionDates.Claimed(open, [sunday], AsOf));
        // Within a week the weekday pins the day: nothing is widened.
        var week = DaySet.Range(new DateOnly(2025, 3, 11), new DateOnly(2025, 3, 14));
        Assert.Equal(DateInterval.Day(new DateOnly(2025, 3, 11)), MentionDates.Claimed(week, [tuesday], AsOf));
    }
}
