using Marsad.Data;
using Marsad.Events;
using Marsad.Pipeline;

namespace Marsad.Tests.Events;

/// <summary>Spec for Data/events/spelling-folds.tsv: each row makes its two spellings one name.</summary>
public class SpellingFoldTests
{
    private const string File = "events/spelling-folds.tsv";

    private static readonly IReadOnlyList<TsvRow> Rows = DataFiles.ReadTable(File);

    public static TheoryData<int, string> Examples()
    {
        var data = new TheoryData<int, string>();
        foreach (var row in Rows)
            data.Add(row.Line, row.Required("example"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_row_makes_its_two_spellings_one_name(int line, string example)
    {
        var (a, b) = Pair(example);
        var folds = MarsadRules.Shipped.Events.Spellings;
        Assert.Equal(folds.LooseKey(a), folds.LooseKey(b));
        var withoutRow = SpellingFolds.Parse(Rows.Where(r => r.Line != line).ToArray());
        Assert.NotEqual(withoutRow.LooseKey(a), withoutRow.LooseKey(b));
    }

    [Theory]
    [InlineData("أستانة", "أستانا")]
    [InlineData("غلاسكو", "جلاسكو")]
    [InlineData("العاصمة الكازاخية أستانة", "العاصمة الكازاخية أستانا")]
    public void Spellings_of_one_name_compare_equal(string a, string b)
    {
        Assert.Equal(MarsadRules.Shipped.Events.Spellings.LooseKey(a), MarsadRules.Shipped.Events.Spellings.LooseKey(b));
    }

    [Theory]
    [InlineData("موسكو", "مسقط")]
    [InlineData("جنيف", "جدة")]
    [InlineData("له", "لا")]
    public void Different_names_stay_different(string a, string b)
    {
        Assert.NotEqual(MarsadRules.Shipped.Events.Spellings.LooseKey(a), MarsadRules.Shipped.Events.Spellings.LooseKey(b));
    }

    private static (string, string) Pair(string example) =>
        example.Split('|') is [var a, var b] ? (a, b) : throw new FormatException($"'{example}' is not two spellings joined by |");
}
