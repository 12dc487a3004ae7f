using System.Text.RegularExpressions;
using Marsad.Clean;
using Marsad.Data;

namespace Marsad.Tests.Clean;

/// <summary>
/// Consistency of the known outlets (Data/clean/outlets.tsv and outlets-world.tsv): every row is read
/// back from a page that credits it, names and aliases are unique after normalisation, no alias is
/// a city, a common word or a word that is never an outlet, countries are ISO3 codes and domains are
/// well formed.
/// </summary>
public class OutletKnowledgeTests
{
    private static readonly OutletLexicon Lexicon = OutletLexicon.Default;

    public static TheoryData<string, string> Names()
    {
        // A name that is a dateline city ("الرياض") is never read (A_city_name_is_never_an_outlet).
        var data = new TheoryData<string, string>();
        foreach (var outlet in Lexicon.Outlets)
        {
            foreach (var printed in outlet.Aliases.Prepend(outlet.Name).Where(n => !Lexicon.DatelineCities.Contains(OutletLexicon.NameKey(n))))
                data.Add(outlet.Name, printed);
        }
        return data;
    }

    public static TheoryData<string, string> Domains()
    {
        var data = new TheoryData<string, string>();
        foreach (var outlet in Lexicon.Outlets)
        {
            foreach (var domain in outlet.Domains)
                data.Add(outlet.Name, domain);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_name_and_alias_is_read_back_from_a_credit_line(string outlet, string printed)
    {
        // "المصدر: X" credits the text to X under any of its printed names.
        var found = OutletDetector.FromLine($"المصدر: {printed}", "credit");
        Assert.NotNull(found);
        Assert.Equal(outlet, OutletDetector.Canonical(found.Outlet));
    }

    [Theory]
    [MemberData(nameof(Domains))]
    public void Every_domain_is_well_formed_and_leads_to_its_outlet(string outlet, string domain)
    {
        Assert.Matches(new Regex(@"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$"), domain);
        Assert.Equal(outlet, OutletDetector.FromUrl($"https://{domain}/news/1")?.Outlet);
    }

    [Fact]
    public void Both_tables_are_loaded()
    {
        Assert.Contains(Lexicon.Outlets, o => o.Name == "سانا");
        Assert.Contains(Lexicon.Outlets, o => o.Name == "كونا");
        Assert.True(Lexicon.Outlets.Count > 400, $"{Lexicon.Outlets.Count} outlets");
    }

    [Fact]
    public void Names_and_aliases_are_unique_after_normalisation()
    {
        var keys = Lexicon.Outlets.SelectMany(o => o.Aliases.Prepend(o.Name).Select(n => (Key: OutletLexicon.NameKey(n), o.Name)));
        var clashes = keys.GroupBy(k => k.Key, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(k => k.Name))}");
        Assert.Empty(clashes);
    }

    [Fact]
    public void Every_country_is_an_iso3_code_of_the_countries_table()
    {
        var codes = DataFiles.ReadTable("actors/countries.tsv").Select(r => r.Required("iso3")).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(Lexicon.Outlets.Where(o => o.Country is not { } c || !codes.Contains(c)).Select(o => $"{o.Name}: {o.Country}"));
    }

    [Fact]
    public void No_alias_is_a_place_a_common_word_or_never_an_outlet()
    {
        var bad = Lexicon.Outlets.SelectMany(o => o.Aliases.Select(a => (Outlet: o.Name, Alias: a, Key: OutletLexicon.NameKey(a))))
            .Where(a => Lexicon.Places.Contains(a.Key) || Lexicon.CommonWords.Contains(a.Key) || Lexicon.NotOutlets.Contains(a.Key))
            .Select(a => $"{a.Outlet}: {a.Alias}");
        Assert.Empty(bad);
    }

    [Fact]
    public void No_name_is_a_word_that_is_never_an_outlet()
    {
        Assert.Empty(Lexicon.Outlets.Where(o => Lexicon.NotOutlets.Contains(OutletLexicon.NameKey(o.Name))).Select(o => o.Name));
    }

    [Fact]
    public void A_city_name_is_never_an_outlet()
    {
        // "الرياض - أعلنت الوزارة" is a dateline: the newspaper of that name needs its type word.
        var cities = Lexicon.Outlets.Where(o => Lexicon.DatelineCities.Contains(OutletLexicon.NameKey(o.Name))).Select(o => o.Name).ToList();
        Assert.Contains("الرياض", cities);
        Assert.DoesNotContain(cities, n => OutletDetector.FromLine($"المصدر: {n}", "credit") is not null);
        Assert.Equal("الرياض", OutletDetector.FromLine("المصدر: صحيفة الرياض", "credit")?.Outlet);
    }

    [Fact]
    public void A_generic_or_city_name_is_not_read_from_a_lone_line()
    {
        // "الديار" alone at the foot of a page may be a menu label; "صحيفة الديار" or "المصدر: الديار" is the outlet.
        var generic = Lexicon.Outlets.Where(o => OutletNames.IsGeneric(o.Name, Lexicon) || Lexicon.DatelineCities.Contains(OutletLexicon.NameKey(o.Name)))
            .Select(o => o.Name).ToList();
        Assert.Contains("الديار", generic);
        Assert.DoesNotContain(generic, n => OutletDetector.FromLine(n, "signature") is not null);
    }
}
