using Marsad.Events;
using Marsad.Export;

namespace Marsad.Tests.Export;

public class GdeltExportTests
{
    private static string[][] Rows(string tsv) =>
        tsv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToArray();

    private static string Field(string[] row, string column) => row[Array.IndexOf(GdeltExport.EventColumns, column)];

    [Fact]
    public void Every_event_row_has_the_61_columns_of_GDELT_2()
    {
        Assert.Equal(61, GdeltExport.EventColumns.Length);
        Assert.Equal(GdeltExport.EventColumns.Length, GdeltExport.EventColumns.Distinct().Count());
        var rows = Rows(GdeltExport.WriteEvents(SampleSnapshots.Small()));
        Assert.Equal(4, rows.Length);
        Assert.All(rows, r => Assert.Equal(61, r.Length));
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
        var rows = Rows(GdeltExport.WriteEvents(SampleSnapshots.Small()));
        var visit = rows.Single(r => Field(r, "EventCode") == "042" && Field(r, "Day") == "20220501");
        Assert.Equal("4", Field(visit, "ActionGeo_Type"));
        Assert.Equal("القاهرة", Field(visit, "ActionGeo_FullName"));
        Assert.Equal("EG", Field(visit, "ActionGeo_CountryCode"));
        var planned = rows.Single(r => Field(r, "Day") == "20230110");
        Assert.Equal("RS", Field(planned, "ActionGeo_CountryCode"));
        Assert.Equal("TURGOV", Field(planned, "Actor1Code"));
    }

    [Fact]
    public void Conflict_codes_and_undated_events()
    {
        var rows = Rows(GdeltExport.WriteEvents(SampleSnapshots.Small()));
        var accuse = rows.Single(r => Field(r, "EventCode") == "112");
        Assert.Equal("11", Field(accuse, "EventRootCode"));
        Assert.Equal("112", Field(accuse, "EventBaseCode"));
        Assert.Equal("3", Field(accuse, "QuadClass"));
        Assert.Equal("", Field(accuse, "Day"));
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
        var rows = Rows(GdeltExport.WriteMentions(SampleSnapshots.Small(), header: true));
        Assert.Equal(GdeltExport.MentionColumns, rows[0]);
        Assert.Equal(1 + 5, rows.Length);
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
        var text = GdeltExport.WriteMentions(SampleSnapshots.Small());
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
