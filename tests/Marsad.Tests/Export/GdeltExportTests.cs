using Marsad.Events;
using Marsad.Export;
using Marsad.Pipeline;

namespace Marsad.Tests.Export;

public class GdeltExportTests
{
    private static string[][] Rows(string tsv) =>
        tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToArray();

    private static string Field(string[] row, string column) => row[Array.IndexOf(GdeltExport.EventColumns, column)];

    /// <summary>The sample analysis with the accusation dated to a day, so that it is written.</summary>
    private static Marsad.Store.AnalysisSnapshot WithDatedAccusation()
    {
        var snapshot = SampleSnapshots.Small();
        return snapshot with
        {
            Events = snapshot.Events.Select(e => e.Id == "ev-undated-accuse" ? e with { When = SampleSnapshots.Day(2021, 6, 1) } : e).ToArray(),
        };
    }

    [Fact]
    public void Every_event_row_has_the_61_columns_of_GDELT_2()
    {
        Assert.Equal(61, GdeltExport.EventColumns.Length);
        Assert.Equal(GdeltExport.EventColumns.Length, GdeltExport.EventColumns.Distinct().Count());
        var rows = Rows(GdeltExport.WriteEvents(WithDatedAccusation()));
        Assert.Equal(3, rows.Length);
        Assert.All(rows, r => Assert.Equal(61, r.Length));
    }

    [Fact]
    public void Only_events_known_to_the_day_are_written_and_planned_meetings_as_036()
    {
        var snapshot = SampleSnapshots.Small();
        var rows = Rows(GdeltExport.WriteEvents(snapshot));
        // The call (a day) and the planned visit (a day); not the visit dated to a month, not the undated accusation.
        Assert.Equal(
            new[] { "ev-2021-call", "ev-2023-planned" }.Select(id => GdeltExport.GlobalEventId(id).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            rows.Select(r => Field(r, "GlobalEventID")));
        var planned = rows[1];
        Assert.Equal("20230110", Field(planned, "Day"));
        Assert.Equal("036", Field(planned, "EventCode"));
        Assert.Equal("036", Field(planned, "EventBaseCode"));
        Assert.Equal("03", Field(planned, "EventRootCode"));
        Assert.Equal("1", Field(planned, "QuadClass"));
        Assert.Equal(MarsadRules.Shipped.Cameo.Goldstein("036").ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), Field(planned, "GoldsteinScale"));
    }

    [Fact]
    public void Denied_events_and_planned_events_that_are_not_meetings_are_left_out()
    {
        var snapshot = WithDatedAccusation();
        var denied = snapshot with { Events = snapshot.Events.Select(e => e.Id == "ev-2021-call" ? e with { Status = EventStatus.Denied } : e).ToArray() };
        Assert.DoesNotContain(GdeltExport.GlobalEventId("ev-2021-call").ToString(System.Globalization.CultureInfo.InvariantCulture), GdeltExport.WriteEvents(denied));
        var threat = snapshot with { Events = snapshot.Events.Select(e => e.Id == "ev-undated-accuse" ? e with { Status = EventStatus.Planned } : e).ToArray() };
        Assert.Equal(2, Rows(GdeltExport.WriteEvents(threat)).Length);
    }

    [Fact]
    public void The_header_says_what_is_written()
    {
        var lines = GdeltExport.WriteEvents(SampleSnapshots.Small(), header: true).Split('\n');
        Assert.Equal(GdeltExport.HeaderNote(2, 4), lines[0]);
        Assert.StartsWith("# Marsad GDELT 2.0 export: 2 of 4 events. Only events known to the day", lines[0], StringComparison.Ordinal);
        Assert.Contains("CAMEO 036", lines[0], StringComparison.Ordinal);
        Assert.Equal(string.Join('\t', GdeltExport.EventColumns), lines[1]);
    }

    [Fact]
    public void Columns_are_in_GDELT_order()
    {
        var c = GdeltExport.EventColumns;
        Assert.Equal("GlobalEventID", c[0]);
        Assert.Equal("Actor1Code", c[5]);
        Assert.Equal("Actor2Code", c[15]);
        Assert.Equal("IsRootEvent", c[25]);
        Assert.Equal("EventCode", c[26]);
        Assert.Equal("GoldsteinScale", c[30]);
        Assert.Equal("AvgTone", c[34]);
        Assert.Equal("Actor1Geo_Type", c[35]);
        Assert.Equal("ActionGeo_Type", c[51]);
        Assert.Equal("ActionGeo_FeatureID", c[58]);
        Assert.Equal("DATEADDED", c[59]);
        Assert.Equal("SOURCEURL", c[60]);
    }

    [Fact]
    public void A_phone_call_between_ministers()
    {
        var rows = Rows(GdeltExport.WriteEvents(SampleSnapshots.Small()));
        var call = rows[0];
        Assert.Equal(GdeltExport.GlobalEventId("ev-2021-call").ToString(System.Globalization.CultureInfo.InvariantCulture), Field(call, "GlobalEventID"));
        Assert.Equal("20210304", Field(call, "Day"));
        Assert.Equal("202103", Field(call, "MonthYear"));
        Assert.Equal("2021", Field(call, "Year"));
        Assert.Equal("JORGOV", Field(call, "Actor1Code"));
        Assert.Equal("JOR", Field(call, "Actor1CountryCode"));
        Assert.Equal("GOV", Field(call, "Actor1Type1Code"));
        Assert.Equal("EGYGOV", Field(call, "Actor2Code"));
        Assert.Equal("041", Field(call, "EventCode"));
        Assert.Equal("041", Field(call, "EventBaseCode"));
        Assert.Equal("04", Field(call, "EventRootCode"));
        Assert.Equal("1", Field(call, "QuadClass"));
        Assert.Equal("1.0", Field(call, "GoldsteinScale"));
        Assert.Equal("2", Field(call, "NumMentions"));
        Assert.Equal("2", Field(call, "NumSources"));
        Assert.Equal("2", Field(call, "NumArticles"));
        Assert.Equal("1", Field(call, "IsRootEvent"));
        Assert.Equal("20260102030405", Field(call, "DATEADDED"));
        Assert.Equal("https://example.org/news/1", Field(call, "SOURCEURL"));
    }

    [Fact]
    public void Action_geography_uses_FIPS_codes()
    {
        var snapshot = SampleSnapshots.Small();
        // The visit to Cairo, dated to a day for the test.
        var dated = snapshot with { Events = snapshot.Events.Select(e => e.Id == "ev-2022-visit" ? e with { When = SampleSnapshots.Day(2022, 5, 1) } : e).ToArray() };
        var rows = Rows(GdeltExport.WriteEvents(dated));
        var visit = rows.Single(r => Field(r, "EventCode") == "042" && Field(r, "Day") == "20220501");
        Assert.Equal("4", Field(visit, "ActionGeo_Type"));
        Assert.Equal("القاهرة", Field(visit, "ActionGeo_FullName"));
        Assert.Equal("EG", Field(visit, "ActionGeo_CountryCode"));
        var planned = rows.Single(r => Field(r, "Day") == "20230110");
        Assert.Equal("4", Field(planned, "ActionGeo_Type"));
        Assert.Equal("RS", Field(planned, "ActionGeo_CountryCode"));
        Assert.Equal("TURGOV", Field(planned, "Actor1Code"));
    }

    [Fact]
    public void Conflict_codes()
    {
        Assert.DoesNotContain(Rows(GdeltExport.WriteEvents(SampleSnapshots.Small())), r => Field(r, "EventCode") == "112");
        var rows = Rows(GdeltExport.WriteEvents(WithDatedAccusation()));
        var accuse = rows.Single(r => Field(r, "EventCode") == "112");
        Assert.Equal("11", Field(accuse, "EventRootCode"));
        Assert.Equal("112", Field(accuse, "EventBaseCode"));
        Assert.Equal("3", Field(accuse, "QuadClass"));
        Assert.Equal("20210601", Field(accuse, "Day"));
        Assert.Equal("IRN", Field(accuse, "Actor1Code"));
        Assert.Equal("USA", Field(accuse, "Actor2Code"));
    }

    [Theory]
    [InlineData("0412", "041", "04")]
    [InlineData("1831", "183", "18")]
    [InlineData("04", "04", "04")]
    [InlineData("190", "190", "19")]
    public void Base_and_root_codes(string code, string baseCode, string root)
    {
        Assert.Equal(baseCode, CameoTable.BaseCode(code));
        Assert.Equal(root, CameoTable.RootCode(code));
    }

    [Fact]
    public void Mentions_rows_follow_the_GDELT_mentions_table()
    {
        Assert.Equal(16, GdeltExport.MentionColumns.Length);
        var rows = Rows(GdeltExport.WriteMentions(WithDatedAccusation(), header: true)).Skip(1).ToArray();
        Assert.Equal(GdeltExport.MentionColumns, rows[0]);
        // The call's two mentions, the planned visit's and the accusation's; not the month-dated visit's.
        Assert.Equal(1 + 4, rows.Length);
        Assert.All(rows, r => Assert.Equal(16, r.Length));
        var first = rows[1];
        Assert.Equal("20210305000000", first[2]);
        Assert.Equal("بترا", first[4]);
        Assert.Equal("https://example.org/news/1", first[5]);
        Assert.Equal("2", first[6]);
        Assert.Equal("120", first[7]);
        Assert.Equal("-1", first[8]);
    }

    [Fact]
    public void Tabs_inside_values_do_not_break_rows()
    {
        var text = GdeltExport.WriteMentions(WithDatedAccusation());
        Assert.All(Rows(text), r => Assert.Equal(16, r.Length));
    }

    [Fact]
    public void Event_ids_hash_to_stable_javascript_safe_numbers()
    {
        var id = GdeltExport.GlobalEventId("ev-2021-call");
        Assert.Equal(id, GdeltExport.GlobalEventId("ev-2021-call"));
        Assert.NotEqual(id, GdeltExport.GlobalEventId("ev-2021-calm"));
        Assert.InRange(id, 0, (1L << 53) - 1);
    }
}
