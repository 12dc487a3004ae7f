using Marsad.Actors;
using Marsad.Time;

namespace Marsad.Tests.Actors;

public class KnowledgeBaseTests
{
    private static DateInterval Day(string d) => DateInterval.Day(DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Default_knowledge_base_loads_the_shipped_tables()
    {
        var kb = KnowledgeBase.Default;
        Assert.Equal("روسيا", kb.FindCountry("RUS")!.NameAr);
        Assert.NotEmpty(kb.Titles);
        Assert.NotEmpty(kb.CoreferenceCues);
    }

    [Fact]
    public void Load_extends_the_shipped_base_with_user_files_chosen_by_suffix()
    {
        var kb = KnowledgeBase.Load(TestKb.Files);
        Assert.NotNull(kb.FindPerson("mekdad"));
        Assert.Equal("SYR", kb.FindPerson("mekdad")!.Country);
        Assert.Equal(["RUS", "TUR", "IRN"], kb.MembersOf("astana_format"));
        Assert.Equal("RUS", kb.CountryOfPlace("سوتشي"));
    }

    [Fact]
    public void Table_kind_is_told_by_columns_when_the_file_name_does_not_say()
    {
        var kb = KnowledgeBase.FromTsv([
            ("a.tsv", "id\tname_en\tname_ar\taliases\tshort\tcountry\nx1\tX\tزيد عمرو\t\tعمرو\tEGY\n"),
            ("b.tsv", "person_id\tcountry\trole\tfrom\tto\tnote\nx1\tEGY\tenvoy\t2020\t2021-02\t\n"),
        ]);
        var role = Assert.Single(kb.RolesOf("x1"));
        Assert.Equal(new DateOnly(2020, 1, 1), role.From);
        Assert.Equal(new DateOnly(2021, 2, 28), role.To);
    }

    [Theory]
    [InlineData("2021", true, "2021-01-01")]
    [InlineData("2021", false, "2021-12-31")]
    [InlineData("2024-02", true, "2024-02-01")]
    [InlineData("2024-02", false, "2024-02-29")]
    [InlineData("2020-11-22", false, "2020-11-22")]
    public void Role_dates_widen_to_the_interval_they_name(string value, bool start, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), KnowledgeBase.ParseDate(value, start));

    [Theory]
    [InlineData("dates unverified", DateDoubt.Open, DateDoubt.Open)]
    [InlineData("held by the prime minister; uncertain", DateDoubt.Open, DateDoubt.Open)]
    [InlineData("start uncertain", DateDoubt.Open, DateDoubt.None)]
    [InlineData("start date uncertain", DateDoubt.Open, DateDoubt.None)]
    [InlineData("start year uncertain", DateDoubt.Open, DateDoubt.None)]
    [InlineData("start month uncertain; kept in the reshuffle", DateDoubt.Month, DateDoubt.None)]
    [InlineData("acting; end Unverified", DateDoubt.None, DateDoubt.Open)]
    [InlineData("acting; end month uncertain", DateDoubt.None, DateDoubt.Month)]
    [InlineData("end month from his retirement, day uncertain", DateDoubt.None, DateDoubt.Day)]
    [InlineData("member of the council; day uncertain", DateDoubt.Day, DateDoubt.Day)]
    [InlineData("acting", DateDoubt.None, DateDoubt.None)]
    [InlineData(null, DateDoubt.None, DateDoubt.None)]
    public void A_role_note_saying_unverified_or_uncertain_doubts_the_end_it_names(string? note, DateDoubt from, DateDoubt to)
    {
        var kb = KnowledgeBase.FromTsv([
            ("a.persons.tsv", "id\tname_en\tname_ar\taliases\tshort\tcountry\nx1\tX\tزيد عمرو\t\t\tEGY\n"),
            ("a.roles.tsv", $"person_id\tcountry\trole\tfrom\tto\tnote\nx1\tEGY\tenvoy\t2020\t2021\t{note}\n"),
        ]);
        var term = Assert.Single(kb.RolesOf("x1"));
        Assert.Equal((from, to), (term.FromDoubt, term.ToDoubt));
    }

    [Theory]
    [InlineData(DateDoubt.None, DateDoubt.None, "2022-01-20", "2024-04-30")]
    [InlineData(DateDoubt.Day, DateDoubt.Day, "2022-01-01", "2024-04-30")]
    [InlineData(DateDoubt.Month, DateDoubt.Month, "2021-12-01", "2024-05-31")]
    [InlineData(DateDoubt.None, DateDoubt.Open, "2022-01-20", "2026-12-01")]
    [InlineData(DateDoubt.Open, DateDoubt.None, "1900-01-01", "2024-04-30")]
    public void A_doubted_end_widens_the_days_a_term_allows(DateDoubt from, DateDoubt to, string first, string last)
    {
        var term = new RoleSpan("x1", "SDN", "foreign_minister", new DateOnly(2022, 1, 20), new DateOnly(2024, 4, 30), from, to);
        var bounds = term.Bounds(new DateOnly(2026, 12, 1));
        Assert.Equal(new DateInterval(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)), bounds);
        Assert.Equal(new DateInterval(new DateOnly(2022, 1, 20), new DateOnly(2024, 4, 30)), term.Interval(new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void Shipped_unverified_terms_are_flagged()
    {
        var kb = KnowledgeBase.Default;
        Assert.Contains(kb.RolesOf("hassan-omar-mohamed-bourhan"), r => r.Role == "defence_minister" && r.Unverified);
        Assert.Contains(kb.RolesOf("ahmed-isse-awad"), r => r.Role == "foreign_minister" && !r.Unverified);
    }

    [Fact]
    public void Roles_are_in_date_order()
    {
        var roles = TestKb.Instance.RolesOf("mekdad");
        Assert.Equal(["deputy_foreign_minister", "foreign_minister"], roles.Select(r => r.Role));
    }

    [Theory]
    [InlineData("SYR", "foreign_minister", "2021-02-17", "mekdad")]
    [InlineData("SYR", "foreign_minister", "2019-05-01", "muallem")]
    [InlineData("SYR", "foreign_minister", "2025-04-01", "shaibani")]
    [InlineData("RUS", "head_of_state", "2010-01-01", null)]
    [InlineData("RUS", "head_of_government", "2010-01-01", "putin")]
    [InlineData("TUR", "intelligence_chief", "2015-01-01", "fidan")]
    public void HoldersOf_finds_who_held_a_role_on_a_date(string country, string role, string day, string? expected)
    {
        var holders = TestKb.Instance.HoldersOf(country, role, Day(day));
        if (expected is null)
            Assert.Empty(holders);
        else
            Assert.Equal(expected, Assert.Single(holders).Id);
    }

    [Fact]
    public void HoldersOf_an_interval_returns_every_overlapping_term()
    {
        var holders = TestKb.Instance.HoldersOf("SYR", "foreign_minister", new DateInterval(new DateOnly(2020, 1, 1), new DateOnly(2021, 1, 1)));
        Assert.Equal(["muallem", "mekdad"], holders.Select(p => p.Id));
    }
}
