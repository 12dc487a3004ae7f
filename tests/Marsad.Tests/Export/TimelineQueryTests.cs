using Marsad.Events;
using Marsad.Export;

namespace Marsad.Tests.Export;

public class TimelineQueryTests
{
    private static string[] Ids(TimelineQuery query) => query.Apply(SampleSnapshots.Small().Events).Select(e => e.Id).ToArray();

    [Theory]
    [InlineData("JOR-EGY")]
    [InlineData("EGY-JOR")]
    [InlineData("egy,jor")]
    [InlineData("EGY/JOR")]
    public void Pairs_match_in_either_order(string pair) =>
        Assert.Equal(["ev-2021-call", "ev-2022-visit"], Ids(TimelineQuery.Parse(pair: pair)));

    [Fact]
    public void A_pair_needs_both_countries() =>
        Assert.Empty(Ids(TimelineQuery.Parse(pair: "JOR-RUS")));

    [Theory]
    [InlineData("2022-05-31", null, new[] { "ev-2022-visit", "ev-2023-planned" })]   // the visit's month touches the bound
    [InlineData("2022-06-01", null, new[] { "ev-2023-planned" })]
    [InlineData(null, "2022-05-01", new[] { "ev-2021-call", "ev-2022-visit" })]
    [InlineData("2022-05-15", "2022-05-15", new[] { "ev-2022-visit" })]              // inside the interval
    [InlineData("2021", "2021", new[] { "ev-2021-call" })]
    [InlineData("2022-05", "2022-05", new[] { "ev-2022-visit" })]
    public void Dates_overlap_and_undated_events_drop_out(string? from, string? to, string[] expected) =>
        Assert.Equal(expected, Ids(TimelineQuery.Parse(from: from, to: to)));

    [Fact]
    public void Without_filters_everything_comes_in_timeline_order() =>
        Assert.Equal(["ev-2021-call", "ev-2022-visit", "ev-2023-planned", "ev-undated-accuse"], Ids(TimelineQuery.All));

    [Theory]
    [InlineData("type", "accuse", new[] { "ev-undated-accuse" })]
    [InlineData("mode", "visit", new[] { "ev-2022-visit", "ev-2023-planned" })]
    [InlineData("mode", "none", new[] { "ev-undated-accuse" })]
    [InlineData("country", "usa", new[] { "ev-undated-accuse" })]
    [InlineData("country", "RUS", new[] { "ev-2023-planned" })]
    [InlineData("status", "planned", new[] { "ev-2023-planned" })]
    [InlineData("source", "a3.txt", new[] { "ev-2023-planned", "ev-undated-accuse" })]
    public void Single_filters(string filter, string value, string[] expected)
    {
        var query = filter switch
        {
            "type" => TimelineQuery.Parse(type: value),
            "mode" => TimelineQuery.Parse(mode: value),
            "country" => TimelineQuery.Parse(country: value),
            "status" => TimelineQuery.Parse(status: value),
            _ => TimelineQuery.Parse(source: value),
        };
        Assert.Equal(expected, Ids(query));
    }

    [Theory]
    [InlineData("SYR")]
    [InlineData("SYR-RUS-IRN")]
    public void Bad_pairs_are_rejected(string pair) =>
        Assert.Throws<FormatException>(() => TimelineQuery.Parse(pair: pair));

    [Fact]
    public void Bad_dates_are_rejected() =>
        Assert.Throws<FormatException>(() => TimelineQuery.Parse(from: "17/02/2021"));

    [Fact]
    public void Country_pairs_are_counted_once_per_event()
    {
        var pairs = PairStats.Summarize(SampleSnapshots.Small().Events);
        Assert.Equal("EGY-JOR", pairs[0].Pair.ToString());
        Assert.Equal(2, pairs[0].Count);
        Assert.Equal(new DateOnly(2021, 3, 4), pairs[0].Span!.Value.From);
        Assert.Equal(new DateOnly(2022, 5, 31), pairs[0].Span!.Value.To);
        Assert.Equal(3, pairs.Count);
        Assert.Equal(EventStatus.Planned, SampleSnapshots.Small().Events.Single(e => e.Id == pairs.Single(p => p.Pair.ToString() == "RUS-TUR").EventIds[0]).Status);
    }
}
