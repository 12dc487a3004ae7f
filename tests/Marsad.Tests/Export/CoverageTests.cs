using Marsad.Events;
using Marsad.Export;
using Marsad.Store;
using Marsad.Time;
using static Marsad.Tests.Export.SampleSnapshots;

namespace Marsad.Tests.Export;

public class CoverageTests
{
    private static Event Call(string id, DateInterval? when, params string[] articles) => new(
        id, EventType.Consult, EventMode.Phone, "041", 1.0, EventStatus.Occurred, when, null,
        [new EventParticipant(State("SYR"), ParticipantSide.Source, default), new EventParticipant(State("RUS"), ParticipantSide.Target, default)],
        articles.Select((a, i) => Mention(a, i, "اتصال", "اتصال", EventType.Consult, EventMode.Phone, "041", when)).ToArray(), [], []);

    private static ArticleSummary Article(string id, string? outlet) => new(id, null, "", outlet, null, []);

    private static readonly ArticleSummary[] Articles =
        [Article("a", "سانا"), Article("b", "عنب بلدي"), Article("c", "سانا"), Article("d", null), Article("e", "الوطن")];

    [Fact]
    public void An_outlet_that_covered_the_pair_that_month_but_not_the_event_is_its_blindspot()
    {
        var early = Call("early", Day(2021, 2, 3), "a", "b");     // both outlets
        var late = Call("late", Day(2021, 2, 20), "c", "d");      // سانا only (d has no outlet)
        var next = Call("next", Day(2021, 3, 1), "e");            // another month: nobody's blindspot
        var rows = Coverage.Of([early, late, next], Articles);

        Assert.Empty(rows[0].Missed);
        Assert.Equal(["سانا"], rows[1].Reported);
        Assert.Equal(["عنب بلدي"], rows[1].Missed);
        Assert.Empty(rows[2].Missed);
        Assert.Equal(["2021-02"], rows[1].Months);
        Assert.Contains(("عنب بلدي", 1, 1), Coverage.ByOutlet(rows));
        Assert.Equal(("سانا", 2, 0), Coverage.ByOutlet(rows)[0]);
    }

    [Fact]
    public void A_date_vaguer_than_a_month_names_no_month_and_has_no_blindspots()
    {
        var vague = Call("vague", new DateInterval(new DateOnly(2021, 1, 1), new DateOnly(2021, 6, 30)), "e");
        var dated = Call("dated", Day(2021, 2, 3), "a");
        var rows = Coverage.Of([vague, dated], Articles);
        Assert.Empty(rows[0].Months);
        Assert.Empty(rows[0].Missed);
        Assert.Empty(rows[1].Missed);   // الوطن's vague report is no coverage of February
    }

    [Fact]
    public void An_interval_across_two_months_counts_in_both()
    {
        var span = Call("span", new DateInterval(new DateOnly(2021, 1, 28), new DateOnly(2021, 2, 3)), "e");
        var feb = Call("feb", Day(2021, 2, 10), "a");
        var rows = Coverage.Of([span, feb], Articles);
        Assert.Equal(["2021-01", "2021-02"], rows[0].Months);
        Assert.Equal(["الوطن"], rows[1].Missed);
        Assert.Equal(["سانا"], rows[0].Missed);
    }
}
