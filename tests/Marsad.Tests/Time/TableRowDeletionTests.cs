using Marsad.Data;
using Marsad.Pipeline;
using Marsad.Time;

namespace Marsad.Tests.Time;

/// <summary>
/// Every row of every time table matters: the tables without any one row make some row of the
/// behaviour corpora fail. (The world anchors are exercised phrase by phrase in <see cref="RuleTableTests"/>.)
/// </summary>
public class TableRowDeletionTests
{
    // World anchors and meetings are facts, not grammar: RuleTableTests and WorldMeetingTests check them row by row.
    private static readonly HashSet<string> NotTables =
        ["time/anchors.tsv", "time/meetings.tsv", "time/meeting-series.tsv", TimeCorpus.TaggingFile, TimeCorpus.PublicationFile];

    private static IEnumerable<string> Tables() => DataFiles.Files("time", ".tsv").Where(t => !NotTables.Contains(t));

    public static TheoryData<string, int, string> Rows()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var table in Tables())
            foreach (var row in DataFiles.ReadTable(table))
                data.Add(table, row.Line, row["id"] ?? $"{row["word"]} {row["role"]}");
        return data;
    }

    [Fact]
    public void The_complete_tables_pass_the_corpora() =>
        Assert.Null(TimeCorpus.FirstFailure(MarsadRules.Shipped.Time));

    [Fact]
    public void Every_table_the_lexicon_reads_is_checked()
    {
        var read = new List<string>();
        _ = new TimeLexicon(path =>
        {
            read.Add(path);
            return DataFiles.ReadTable(path);
        });
        Assert.Equal(Tables().Order(StringComparer.Ordinal), read.Where(p => !NotTables.Contains(p)).Order(StringComparer.Ordinal));
        Assert.Contains("time/meetings.tsv", read);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Deleting_the_row_makes_a_corpus_row_fail(string table, int line, string row)
    {
        var without = new TimeLexicon(path =>
            path == table ? DataFiles.ReadTable(path).Where(r => r.Line != line).ToArray() : DataFiles.ReadTable(path));
        Assert.True(TimeCorpus.FirstFailure(without) is not null, $"{table}:{line} ({row}): no corpus row needs this row");
    }
}
