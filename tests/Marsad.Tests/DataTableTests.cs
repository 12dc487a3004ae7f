using Marsad.Data;

namespace Marsad.Tests;

/// <summary>Checks every shipped rule table (the behaviour corpora aside) for mistakes no behaviour test would show.</summary>
public class DataTableTests
{
    public static TheoryData<string> RuleTables()
    {
        var data = new TheoryData<string>();
        foreach (var table in DataFiles.AllFiles(".tsv").Where(t => !t.Contains("corpus", StringComparison.Ordinal)))
            data.Add(table);
        return data;
    }

    // A form listed twice in one cell reads the same and makes two identical table-test cases, which xUnit then skips.
    [Theory]
    [MemberData(nameof(RuleTables))]
    public void No_cell_lists_a_form_twice(string table)
    {
        var repeated = DataFiles.ReadTable(table)
            .SelectMany(row => row.Cells.Where(c => c.Contains('|'))
                .SelectMany(c => c.Split('|').GroupBy(f => f).Where(g => g.Count() > 1).Select(g => $"line {row.Line}: {g.Key}")))
            .ToList();
        Assert.Empty(repeated);
    }
}
