using System.Text.Json;
using Marsad.Store;
using Marsad.Time;
using static Marsad.Tests.Time.TimeTestKit;

namespace Marsad.Tests.Time;

public class DateIntervalTests
{
    [Fact]
    public void An_interval_that_ends_before_it_starts_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DateInterval(D("2021-02-17"), D("2021-02-16")));
        Assert.Null(DateInterval.TryCreate(D("2021-02-17"), D("2021-02-16")));
        Assert.Equal(DateInterval.Day(D("2021-02-17")), DateInterval.TryCreate(D("2021-02-17"), D("2021-02-17")));
    }

    [Fact]
    public void Disjoint_intervals_have_no_intersection()
    {
        var february = new DateInterval(D("2021-02-01"), D("2021-02-28"));
        Assert.Null(february.Intersect(new DateInterval(D("2021-03-01"), D("2021-03-31"))));
        Assert.Equal(DateInterval.Day(D("2021-02-28")), february.Intersect(new DateInterval(D("2021-02-28"), D("2021-03-31"))));
    }

    [Fact]
    public void A_term_that_starts_after_the_as_of_day_has_no_days()
    {
        var term = new Marsad.Actors.RoleSpan("p", "SYR", "foreign_minister", D("2025-01-01"), null);
        Assert.Null(term.Interval(D("2024-12-31")));
        Assert.Equal(new DateInterval(D("2025-01-01"), D("2025-06-30")), term.Interval(D("2025-06-30")));
    }

    [Fact]
    public void Stored_json_reads_back_through_the_checking_constructor()
    {
        var interval = new DateInterval(D("2021-02-16"), D("2021-02-17"));
        Assert.Equal(interval, StoreJson.Read<DateInterval>(StoreJson.Write(interval)));
        Assert.ThrowsAny<Exception>(() => StoreJson.Read<DateInterval>("""{"from":"2021-02-17","to":"2021-02-16"}"""));
        Assert.Equal("2021-02-16..2021-02-17", interval.ToString());
        // The stored shape is the one of the positional record this type replaced.
        Assert.Equal("""{"from":"2021-02-16","to":"2021-02-17","isDay":false,"days":2}""", JsonSerializer.Serialize(interval, StoreJson.Options));
    }
}
