using Marsad.Actors;
using Marsad.Data;

namespace Marsad.Tests.Actors;

/// <summary>
/// Demonym inflections (rules/demonym-inflections.tsv, demonym-plurals.tsv) as the knowledge base
/// derives them; how they read in text is in Data/actors/corpus.tsv.
/// </summary>
public class DemonymTests
{
    [Fact]
    public void Each_inflection_rule_is_applied_to_a_demonym()
    {
        var forms = TestKb.Instance.InflectDemonym("مصري").Select(f => f.Form).ToArray();
        foreach (var rule in TestKb.Instance.DemonymInflections)
            Assert.Contains("مصري" + rule.Suffix, forms);
    }

    public static TheoryData<string, string> BrokenPlurals()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in DataFiles.ReadTable("actors/rules/demonym-plurals.tsv"))
            data.Add(row.Required("demonym"), row.Required("plural"));
        return data;
    }

    [Theory]
    [MemberData(nameof(BrokenPlurals))]
    public void Broken_plural_row_is_a_plural_of_its_demonym(string demonym, string plural)
    {
        var form = Assert.Single(TestKb.Instance.InflectDemonym(demonym), f => f.Form == plural);
        Assert.Equal(("m", "plural"), (form.Inflection.Gender, form.Inflection.Number));
    }
}
