using Marsad.Actors;

namespace Marsad.Tests.Actors;

/// <summary>Demonym inflections (rules/demonym-inflections.tsv, demonym-plurals.tsv) read in text.</summary>
public class DemonymTests
{
    [Theory]
    [InlineData("السوري", "SYR")]
    [InlineData("السورية", "SYR")]
    [InlineData("السوريين", "SYR")]
    [InlineData("السوريون", "SYR")]
    [InlineData("السوريان", "SYR")]
    [InlineData("السوريتين", "SYR")]
    [InlineData("السوريتان", "SYR")]
    [InlineData("السوريات", "SYR")]
    [InlineData("روسي", "RUS")]
    [InlineData("روسية", "RUS")]
    [InlineData("الروسيون", "RUS")]
    [InlineData("روسيين", "RUS")]
    [InlineData("الروس", "RUS")]
    [InlineData("والأتراك", "TUR")]
    [InlineData("التركية", "TUR")]
    [InlineData("للأمريكيين", "USA")]
    [InlineData("الأميركية", "USA")]
    [InlineData("بالمصريين", "EGY")]
    [InlineData("الإيرانيتين", "IRN")]
    [InlineData("والصينيون", "CHN")]
    [InlineData("السعوديتين", "SAU")]
    public void Every_inflection_names_its_country(string word, string iso3)
    {
        var mention = Assert.Single(TestKb.Recognize($"وأشار إلى مواقف الأطراف {word} في الاجتماع"));
        Assert.Equal(MentionKind.Demonym, mention.Kind);
        Assert.Equal(iso3, mention.Actor.Country);
    }

    [Fact]
    public void Each_inflection_rule_is_applied_to_a_demonym()
    {
        var forms = TestKb.Instance.InflectDemonym("مصري").Select(f => f.Form).ToArray();
        foreach (var rule in TestKb.Instance.DemonymInflections)
            Assert.Contains("مصري" + rule.Suffix, forms);
    }

    [Fact]
    public void Broken_plurals_come_from_data()
    {
        Assert.Contains(TestKb.Instance.InflectDemonym("تركي"), f => f.Form == "أتراك");
        Assert.Contains(TestKb.Instance.InflectDemonym("روسي"), f => f.Form == "روس");
    }

    [Fact]
    public void Country_spelled_like_a_feminine_demonym_reads_as_the_country_without_article()
    {
        var m = TestKb.Recognize("العلاقات بين روسيا وسورية");
        Assert.Equal([("RUS", MentionKind.Country), ("SYR", MentionKind.Country)], m.Select(x => (x.Actor.Country!, x.Kind)));
        var d = Assert.Single(TestKb.Recognize("على الأراضي السورية"));
        Assert.Equal(MentionKind.Demonym, d.Kind);
    }

    [Fact]
    public void Capitals_stand_for_their_states()
    {
        var m = TestKb.Recognize("تعزيز العلاقات بين موسكو ودمشق");
        Assert.Equal([("RUS", MentionKind.Capital, "موسكو"), ("SYR", MentionKind.Capital, "دمشق")], m.Select(x => (x.Actor.Country!, x.Kind, x.Surface)));
    }
}
