using Marsad.Actors;
using Marsad.Events;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Events;

/// <summary>
/// <see cref="MentionDates.Over"/> reads only the first and the last candidate days that allow the
/// mentions, trusting that every value moves forward with the publication day. These cases check
/// that trust against the hull over every candidate day, for every kind of value the tagger makes.
/// </summary>
public class MentionDatesOverTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 28);

    [Fact]
    public void The_two_scans_give_the_hull_over_every_candidate_day()
    {
        var random = new Random(20261204);
        for (var n = 0; n < 3000; n++)
        {
            var days = Candidates(random);
            var mentions = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Mention(random)).ToArray();
            foreach (var reading in new[] { DateReading.Merge, DateReading.Report })
            {
                var expected = EveryDay(days, mentions, reading);
                Assert.True(expected == MentionDates.Over(days, mentions, AsOf, reading),
                    $"case {n}, {reading}: {string.Join(", ", mentions.Select(m => m.When?.Describe() ?? "undated"))} over {days.Hull}");
            }
        }
    }

    private static DateInterval? EveryDay(DaySet days, IReadOnlyList<EventMention> mentions, DateReading reading)
    {
        DateInterval? hull = null;
        foreach (var p in days.Days)
        {
            if (MentionDates.Joint(mentions, p, AsOf, reading) is { } d)
                hull = hull is { } h ? h.Hull(d) : d;
        }
        return hull;
    }

    /// <summary>A range of days from a week to years, with holes (weekdays or months a check ruled out).</summary>
    private static DaySet Candidates(Random random)
    {
        var from = new DateOnly(2018, 1, 1).AddDays(random.Next(0, 2500));
        var range = DaySet.Range(from, from.AddDays(random.Next(0, 3) switch { 0 => random.Next(0, 10), 1 => random.Next(10, 120), _ => random.Next(120, 2000) }));
        return random.Next(0, 3) switch
        {
            0 => range,
            1 => range.Where(d => d.DayOfWeek == (DayOfWeek)random.Next(0, 7) || d.Day % 5 == 0),
            _ => range.Where(d => d.Month % 3 != 0),
        };
    }

    private static EventMention Mention(Random random)
    {
        var when = random.Next(0, 6) == 0 ? null : Value(random, depth: 0);
        var status = random.Next(0, 5) == 0 ? EventStatus.Planned : EventStatus.Occurred;
        var mention = new EventMention("a", 0, new TextSpan(0, 1), "…", new TextSpan(0, 1), "بحث", EventType.Consult, null, "040", 1.0, status, [],
            null, when?.Describe(), null, null, [], [])
        { When = when };
        if (random.Next(0, 4) == 0)
        {
            var start = new DateOnly(2018, 1, 1).AddDays(random.Next(0, 2500));
            mention = mention with { RoleBounds = [new RoleSpan("x", "EGY", "foreign_minister", start, start.AddDays(random.Next(30, 1500)))] };
        }
        return mention;
    }

    /// <summary>A yearly meeting, one edition left out: the days near publication may fall between editions or past the last.</summary>
    private static readonly MeetingEdition[] Editions = [.. new[] { 2019, 2020, 2022, 2023 }
        .Select(y => new MeetingEdition($"summit-{y}", "summit", null, new DateInterval(new DateOnly(y, 5, 10), new DateOnly(y, 5, 12)), "الرياض", "SAU"))];

    private static TemporalValue Value(Random random, int depth)
    {
        var month = random.Next(1, 13);
        var relation = (MonthRelation)random.Next(0, 4);
        return random.Next(0, depth > 0 ? 7 : 11) switch
        {
            0 => new RelativeDay(random.Next(-3, 3), random.Next(0, 3) == 0 ? (DayOfWeek)random.Next(0, 7) : null),
            1 => new WeekdayValue((DayOfWeek)random.Next(0, 7), (WeekdayRelation)random.Next(0, 3)),
            2 => new MonthDate(month, random.Next(0, 3) == 0 ? null : random.Next(1, 29), random.Next(0, 4) == 0 ? 2019 + random.Next(0, 6) : null, null, relation),
            3 => new DayOfMonthOffset(random.Next(-1, 2), random.Next(1, 29)) { NamedMonth = random.Next(0, 3) == 0 ? month : null },
            4 => new RelativeUnit((CalendarUnit)random.Next(0, 3), random.Next(-1, 2)),
            5 => new HijriDate(month, random.Next(0, 2) == 0 ? null : random.Next(1, 29), null, relation),
            6 => new AbsoluteDate(DateInterval.Day(new DateOnly(2018, 1, 1).AddDays(random.Next(0, 2500)))),
            7 => new Lasting(Value(random, depth + 1), random.Next(2, 5)),
            8 => new RangeValue(new MonthDate(month, random.Next(1, 14), null, null, relation), new MonthDate(month, random.Next(14, 29), null, null, relation)),
            9 => new PartOf(new MonthDate(month, null, null, null, relation), "end", 21, 31, 10, 12),
            _ => new MeetingDate("summit", Editions),
        };
    }
}
