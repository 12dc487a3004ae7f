using Marsad.Actors;
using Marsad.Data;

namespace Marsad.Tests.Actors;

/// <summary>Every row of titles.tsv, read in a sentence with a name missing from the KB.</summary>
public class TitleTableTests
{
    private const string Name = "زيد الخالدي";

    public static TheoryData<string> Rows()
    {
        var data = new TheoryData<string>();
        foreach (var row in DataFiles.ReadTable("actors/titles.tsv"))
            data.Add(row.Required("title_ar"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Title_row_yields_its_role_and_country_for_a_printed_name(string phrase)
    {
        var kb = TestKb.Instance;
        var title = kb.Titles.Single(t => t.Phrase == phrase);
        var iso3 = title.Countries.Count > 0 ? title.Countries[0] : "RUS";
        var country = kb.FindCountry(iso3)!;
        var sentence = title.NeedsCountry switch
        {
            TitleCountry.Optional => $"وقال {phrase} {"ال" + country.Demonyms[0]} {Name} إن المحادثات كانت بناءة.",
            TitleCountry.Required => $"وقال {phrase} {country.NameAr} {Name} إن المحادثات كانت بناءة.",
            TitleCountry.Possessor => $"واستقبل الرئيس {"ال" + country.Demonyms[0]} عمرو الصالح و{phrase} {Name} الوفد.",
            _ => $"وقال {phrase} {Name} إن المحادثات كانت بناءة.",
        };
        var mention = TestKb.Recognize(sentence).SingleOrDefault(m => m.Actor.Name == Name);
        Assert.True(mention is not null, $"no mention of the name in: {sentence}");
        Assert.Equal(MentionKind.TitleName, mention.Kind);
        Assert.Equal(title.Role, mention.Actor.Role);
        Assert.Equal(title.NeedsCountry == TitleCountry.None ? null : iso3, mention.Actor.Country);
        Assert.Null(mention.Actor.Id);
        Assert.Null(mention.AttestedRole);
        Assert.StartsWith(phrase.Split(' ')[0][..2], mention.Surface.Replace("و" + phrase, phrase));
    }

    [Fact]
    public void Every_title_row_has_a_known_needs_country_and_iso3_countries()
    {
        foreach (var t in TestKb.Instance.Titles)
            foreach (var c in t.Countries)
                Assert.True(TestKb.Instance.FindCountry(c) is not null, $"{t.Phrase}: unknown country {c}");
    }

    [Theory]
    [InlineData("وزير خارجية", "foreign_minister")]
    [InlineData("رئيس وزراء", "head_of_government")]
    public void Construct_titles_without_a_country_are_not_titles(string phrase, string role)
    {
        _ = role;
        var mentions = TestKb.Recognize($"وقال {phrase} {Name} إن المحادثات كانت بناءة.");
        Assert.DoesNotContain(mentions, m => m.Actor.Name == Name && m.Actor.Role is not null);
    }
}
