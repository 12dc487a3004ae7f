using Marsad.Time;
using static Marsad.Tests.Time.TimeTestKit;

namespace Marsad.Tests.Time;

/// <summary>
/// What the corpus (Data/time/corpus.tsv, <see cref="TimeCorpusTests"/>) cannot say: properties of
/// values and mentions. Sentences and what they resolve to are corpus rows.
/// </summary>
public class ResolutionTests
{
    [Fact]
    public void A_full_date_is_absolute_and_a_date_without_year_is_not()
    {
        Assert.True(Single("ووقع الطرفان المذكرة في 11 من كانون الأول 2019").Value.IsAbsolute);
        Assert.True(Single("وتأسست الجمعية عام 2019").Value.IsAbsolute);
        Assert.False(Single("وكان الاجتماع في 20 ديسمبر").Value.IsAbsolute);
        Assert.False(Single("واختتمت أمس أعمال المؤتمر").Value.IsAbsolute);
    }

    [Fact]
    public void A_full_date_resolves_the_same_on_any_publication_day()
    {
        var v = Single("ووقع الطرفان المذكرة في 11 من كانون الأول 2019").Value;
        Assert.All(new[] { "2019-12-11", "2024-05-15", "2030-01-01" }, d => Assert.Equal(DateInterval.Day(D("2019-12-11")), v.Resolve(D(d))));
    }

    [Fact]
    public void Mention_offsets_point_into_the_original_text()
    {
        const string text = "وقالت الوزارة، مساء الأربعاء 17 من شباط، إن الوزيرين تحدثا";
        var m = Single(text);
        Assert.Equal("مساء الأربعاء 17 من شباط", text[m.Start..m.End]);
        Assert.Equal(m.Surface, text[m.Start..m.End]);
    }

    [Fact]
    public void Mentions_follow_each_other_without_overlap()
    {
        var found = Tag("وصل الوزير أمس إلى دمشق، وكان قد زارها في 3 آذار 2020 ويعود إليها الشهر المقبل");
        Assert.Equal(3, found.Count);
        Assert.All(found.Zip(found.Skip(1)), p => Assert.True(p.First.End <= p.Second.Start));
    }
}
