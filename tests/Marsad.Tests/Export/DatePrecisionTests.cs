using System.Text.Json;
using Marsad.Events;
using Marsad.Export;
using Marsad.Time;

namespace Marsad.Tests.Export;

/// <summary>Honest dates: how precise each event's date is, in the exports and the timeline's order and filters.</summary>
public class DatePrecisionTests
{
    private static DateInterval Days(string from, string to) => new(DateOnly.Parse(from), DateOnly.Parse(to));

    [Theory]
    [InlineData("2021-02-17", "2021-02-17", "day")]
    [InlineData("2021-02-16", "2021-02-17", "days")]
    [InlineData("2021-02-11", "2021-02-17", "days")]
    [InlineData("2021-02-10", "2021-02-17", "month")]
    [InlineData("2021-01-01", "2021-01-31", "month")]
    [InlineData("2021-01-01", "2021-02-01", "year")]
    [InlineData("2020-01-01", "2020-12-31", "year")]
    [InlineData("2020-01-01", "2021-01-01", "wider")]
    public void Precision_is_the_width_of_the_interval(string from, string to, string precision) =>
        Assert.Equal(precision, DatePrecisions.Name(DatePrecisions.Of(Days(from, to))));

    [Fact]
    public void Precision_names_parse_back_and_bad_ones_are_refused()
    {
        Assert.All(DatePrecisions.All, p => Assert.Equal(p, DatePrecisions.Parse(DatePrecisions.Name(p).ToUpperInvariant())));
        Assert.Equal(["day", "days", "month", "year", "wider"], DatePrecisions.All.Select(DatePrecisions.Name));
        Assert.Throws<FormatException>(() => DatePrecisions.Parse("hour"));
        Assert.Null(DatePrecisions.Of((DateInterval?)null));
    }

    [Fact]
    public void Every_exported_event_carries_its_precision_and_reading_ignores_it()
    {
        var snapshot = SampleSnapshots.Small();
        var json = ExchangeJson.Write(snapshot);
        using var document = JsonDocument.Parse(json);
        var precisions = document.RootElement.GetProperty("events").EnumerateArray()
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("date_precision"));
        Assert.Equal("day", precisions["ev-2021-call"].GetString());
        Assert.Equal("month", precisions["ev-2022-visit"].GetString());
        Assert.Equal(JsonValueKind.Null, precisions["ev-undated-accuse"].ValueKind);
        Assert.Equal(snapshot.Events.Count, ExchangeJson.ReadSnapshot(json).Events.Count);
    }

    [Fact]
    public void The_csv_has_a_precision_column()
    {
        var rows = CsvExport.WriteEvents(SampleSnapshots.Small()).TrimEnd('\n').Split('\n');
        var column = Array.IndexOf(CsvExport.EventColumns, "date_precision");
        Assert.Equal(Array.IndexOf(CsvExport.EventColumns, "date_to") + 1, column);
        Assert.Contains(rows, r => r.StartsWith("ev-2022-visit,2022-05-01,2022-05-31,month,", StringComparison.Ordinal));
    }

    [Fact]
    public void An_event_known_to_the_day_comes_before_an_event_spanning_years_it_may_precede()
    {
        var call = SampleSnapshots.Small().Events.Single(e => e.Id == "ev-2021-call");
        var years = call with { Id = "ev-years", When = Days("2020-01-01", "2022-12-31") };
        var before = call with { Id = "ev-before", When = Days("2019-01-01", "2019-06-30") };
        var after = call with { Id = "ev-after", When = DateInterval.Day(new DateOnly(2023, 1, 1)) };
        var undated = call with { Id = "ev-undated", When = null };
        Assert.Equal(["ev-before", "ev-2021-call", "ev-years", "ev-after", "ev-undated"],
            TimelineQuery.Timeline([undated, after, years, call, before]).Select(e => e.Id));
    }

    [Theory]
    [InlineData("2022-05-10", "2022-05-20", false, new[] { "ev-2022-visit" })]  // the visit's month overlaps ten days of May
    [InlineData("2022-05-10", "2022-05-20", true, new string[0])]               // but does not lie inside them
    [InlineData("2022-05", "2022-05", true, new[] { "ev-2022-visit" })]
    [InlineData("2021", "2023", true, new[] { "ev-2021-call", "ev-2022-visit", "ev-2023-planned" })]
    [InlineData(null, "2022-05-15", true, new[] { "ev-2021-call" })]
    public void From_and_to_choose_overlap_or_containment(string? from, string? to, bool within, string[] expected) =>
        Assert.Equal(expected, TimelineQuery.Parse(from: from, to: to, within: within).Apply(SampleSnapshots.Small().Events).Select(e => e.Id));

    [Theory]
    [InlineData("day", new[] { "ev-2021-call", "ev-2023-planned" })]
    [InlineData("days", new[] { "ev-2021-call", "ev-2023-planned" })]
    [InlineData("month", new[] { "ev-2021-call", "ev-2022-visit", "ev-2023-planned" })]
    [InlineData("wider", new[] { "ev-2021-call", "ev-2022-visit", "ev-2023-planned" })]
    public void Precision_hides_vaguer_and_undated_events(string precision, string[] expected) =>
        Assert.Equal(expected, TimelineQuery.Parse(precision: precision).Apply(SampleSnapshots.Small().Events).Select(e => e.Id));

    [Theory]
    [InlineData("JOR")]
    [InlineData("jor")]
    [InlineData("Jordan")]
    [InlineData("الأردن")]
    public void Countries_are_given_by_code_or_by_name(string country) =>
        Assert.Equal(["ev-2021-call", "ev-2022-visit"], TimelineQuery.Parse(country: country).Apply(SampleSnapshots.Small().Events).Select(e => e.Id));

    [Theory]
    [InlineData("country", "Atlantis")]
    [InlineData("type", "meeting")]
    [InlineData("mode", "fax")]
    [InlineData("pair", "JOR-XXX")]
    [InlineData("precision", "hour")]
    public void Unknown_values_are_refused_not_matched_against_nothing(string filter, string value) =>
        Assert.Throws<FormatException>(() => filter switch
        {
            "country" => TimelineQuery.Parse(country: value),
            "type" => TimelineQuery.Parse(type: value),
            "mode" => TimelineQuery.Parse(mode: value),
            "pair" => TimelineQuery.Parse(pair: value),
            _ => TimelineQuery.Parse(precision: value),
        });

    [Fact]
    public void Planned_events_keep_their_precision_too()
    {
        var planned = SampleSnapshots.Small().Events.Single(e => e.Status == EventStatus.Planned);
        Assert.Equal(DatePrecision.Day, DatePrecisions.Of(planned.When));
    }
}
