using CsvHelper;
using Marsad.Export;

namespace Marsad.Tests.Export;

public class CsvExportTests
{
    private static List<string[]> Parse(string csv)
    {
        using var reader = CsvReader.Create(new StringReader(csv), new CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader[i].ToString()).ToArray());
        return rows;
    }

    [Fact]
    public void One_row_per_event_after_the_header()
    {
        var rows = Parse(CsvExport.WriteEvents(SampleSnapshots.Small()));
        Assert.Equal(CsvExport.EventColumns, rows[0]);
        Assert.Equal(5, rows.Count);
        Assert.All(rows, r => Assert.Equal(CsvExport.EventColumns.Length, r.Length));
        Assert.Equal(["ev-2021-call", "ev-2022-visit", "ev-2023-planned", "ev-undated-accuse"], rows.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public void Arabic_commas_quotes_and_tabs_survive_a_round_trip()
    {
        var snapshot = SampleSnapshots.Small();
        var rows = Parse(CsvExport.WriteEvents(snapshot));
        var call = rows.Single(r => r[0] == "ev-2021-call");
        var evidence = Array.IndexOf(CsvExport.EventColumns, "evidence");
        Assert.Equal(snapshot.Events.Single(e => e.Id == "ev-2021-call").Mentions[0].EvidenceText, call[evidence]);
        Assert.Contains("\"آخر التطورات\"", call[evidence]);
        var accuse = rows.Single(r => r[0] == "ev-undated-accuse");
        Assert.Contains("\t", accuse[evidence]);
        Assert.Equal("", accuse[Array.IndexOf(CsvExport.EventColumns, "date_from")]);
    }

    [Fact]
    public void Participants_sources_and_outlets_are_joined()
    {
        var rows = Parse(CsvExport.WriteEvents(SampleSnapshots.Small()));
        var call = rows.Single(r => r[0] == "ev-2021-call");
        string Cell(string column) => call[Array.IndexOf(CsvExport.EventColumns, column)];
        Assert.Equal("أيمن الصفدي (foreign_minister, JOR, source) | سامح شكري (foreign_minister, EGY, target)", Cell("participants"));
        Assert.Equal("EGY | JOR", Cell("countries"));
        Assert.Equal("2", Cell("sources_count"));
        Assert.Equal("a1.txt | a2.txt", Cell("sources"));
        Assert.Equal("بترا | الأهرام", Cell("outlets"));
        Assert.Equal("1.0", Cell("goldstein"));
    }

    [Fact]
    public void Mentions_export_has_one_row_per_mention_with_its_outlet()
    {
        var rows = Parse(CsvExport.WriteMentions(SampleSnapshots.Small()));
        Assert.Equal(CsvExport.MentionColumns, rows[0]);
        Assert.Equal(1 + 5, rows.Count);
        var second = rows.Single(r => r[0] == "ev-2021-call" && r[1] == "a2.txt");
        Assert.Equal("الأهرام", second[2]);
        Assert.Equal("الخميس", second[Array.IndexOf(CsvExport.MentionColumns, "when_text")]);
    }

    [Fact]
    public void Filters_apply_to_the_rows()
    {
        var rows = Parse(CsvExport.WriteEvents(SampleSnapshots.Small(), new TimelineQuery { Mode = "phone" }));
        Assert.Equal(2, rows.Count);
    }
}
