using Marsad.Data;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Time;

/// <summary>The table of dated world meetings: consistent rows, and each verified edition found by its series, city and year.</summary>
public class WorldMeetingTests
{
    private static readonly IReadOnlyList<TsvRow> Series = DataFiles.ReadTable("time/meeting-series.tsv");
    private static readonly IReadOnlyList<TsvRow> Editions = DataFiles.ReadTable("time/meetings.tsv");

    public static TheoryData<string> VerifiedEditions()
    {
        var data = new TheoryData<string>();
        foreach (var row in Editions.Where(r => r["verified"] == "yes"))
            data.Add(row.Required("id"));
        return data;
    }

    [Fact]
    public void Rows_are_consistent()
    {
        var series = Series.Select(r => r.Required("id")).ToHashSet();
        Assert.Equal(Editions.Count, Editions.Select(r => r.Required("id")).Distinct().Count());
        Assert.All(Editions, r =>
        {
            Assert.Contains(r.Required("series"), series);
            Assert.Contains(r.Required("verified"), new[] { "yes", "no" });
            Assert.True(DateOnly.Parse(r.Required("from")) <= DateOnly.Parse(r.Required("to")), $"{r.Source}:{r.Line}");
            Assert.Matches("^[A-Z]{3}$", r.Required("country"));
            Assert.NotNull(r["source"]);
        });
        Assert.All(series, s => Assert.Contains(Editions, r => r["series"] == s && r["verified"] == "yes"));
        var numbered = Editions.Where(r => r["edition"] is not null).GroupBy(r => (r["series"], r["edition"]));
        Assert.All(numbered, g => Assert.Single(g));
    }

    [Theory]
    [MemberData(nameof(VerifiedEditions))]
    public void An_edition_is_found_by_its_series_city_and_year(string id)
    {
        var row = Editions.Single(r => r["id"] == id);
        var form = Series.Single(s => s["id"] == row["series"]).List("forms")[0];
        var from = DateOnly.Parse(row.Required("from"));
        var text = TextLayer.Build($"والتقى الوزيران على هامش {form} في {row["city"]} {from.Year} وبحثا العلاقات الثنائية.");
        var meeting = Assert.Single(TemporalTagger.Tag(text), m => m.Rule.StartsWith("meeting:", StringComparison.Ordinal));
        var days = meeting.Value.Resolve(from.AddDays(1));
        Assert.NotNull(days);
        var (first, last) = (from, DateOnly.Parse(row.Required("to")));
        Assert.True(days!.Value.Contains(first) && days.Value.Contains(last), $"{id}: {days}");
    }

    [Fact]
    public void A_scheduled_meeting_dates_nothing()
    {
        var scheduled = Editions.First(r => r["verified"] == "no");
        var form = Series.Single(s => s["id"] == scheduled["series"]).List("forms")[0];
        var text = TextLayer.Build($"ومن المقرر أن يشارك الرئيس في {form} في {scheduled["city"]}.");
        var meeting = TemporalTagger.Tag(text).SingleOrDefault(m => m.Rule.StartsWith("meeting:", StringComparison.Ordinal));
        // Read on the scheduled day, the name may stand for an edition the table does not list yet: it allows the
        // days around publication, never the scheduled edition's days alone.
        var from = DateOnly.Parse(scheduled.Required("from"));
        var days = new DateInterval(from, DateOnly.Parse(scheduled.Required("to")));
        Assert.True(meeting is null || meeting.Value.Resolve(from) is not { } d || !(days.Contains(d.From) && days.Contains(d.To)));
    }

    [Fact]
    public void A_meeting_named_after_the_last_known_edition_allows_the_days_around_publication()
    {
        var text = TextLayer.Build("والتقى الوزيران على هامش اجتماعات الجمعية العامة للأمم المتحدة.");
        var meeting = TemporalTagger.Tag(text).Single(m => m.Rule.StartsWith("meeting:unga", StringComparison.Ordinal));
        var publication = new DateOnly(2026, 10, 1);
        Assert.Equal(new DateInterval(publication.AddDays(-MeetingDate.RecentDays), publication.AddDays(MeetingDate.AheadDays)), meeting.Value.Resolve(publication));
        // The session named without its core days: from its opening to the end of the month of its general debate.
        Assert.Equal(new DateInterval(new DateOnly(2025, 9, 9), new DateOnly(2025, 9, 30)), meeting.Value.Resolve(new DateOnly(2025, 10, 1)));
    }

    [Fact]
    public void The_core_days_named_in_another_sentence_hold_wherever_the_article_names_the_session()
    {
        var text = TextLayer.Build("والتقى الوزيران الأربعاء على هامش الدورة الثمانين للجمعية العامة.\nوكان الأسبوع رفيع المستوى للجمعية العامة قد بدأ قبل يومين.");
        var meetings = TemporalTagger.Tag(text).Where(m => m.Rule.StartsWith("meeting:unga", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, meetings.Length);
        var debate = new DateInterval(new DateOnly(2025, 9, 23), new DateOnly(2025, 9, 29));
        Assert.All(meetings, m => Assert.Equal(debate, m.Value.Resolve(new DateOnly(2025, 9, 25))));
    }
}
