using Marsad.Clean;
using Marsad.Data;
using Marsad.Text;

namespace Marsad.Tests.Clean;

/// <summary>
/// Row tests for the word lists the outlet detector reads (Data/clean/*.txt): every row is tried in
/// a line built for it, so deleting a row makes its own case fail.
/// </summary>
public class OutletWordListTests
{
    /// <summary>A made-up outlet name: no list and no known outlet holds it.</summary>
    private const string Outlet = "الأفق";

    public static TheoryData<string> Rows(string file)
    {
        var data = new TheoryData<string>();
        foreach (var row in DataFiles.ReadList(file))
            data.Add(row);
        return data;
    }

    public static TheoryData<string> Cities() => Rows("clean/cities.txt");

    public static TheoryData<string> GivenNames() => Rows("clean/given-names.txt");

    public static TheoryData<string> NotOutlets() => Rows("clean/not-outlets.txt");

    public static TheoryData<string> Labels() => Rows("clean/masthead-labels.txt");

    public static TheoryData<string> Marks() => Rows("clean/outlet-marks.txt");

    public static TheoryData<string> NotOutletHeads() => Rows("clean/not-outlet-heads.txt");

    public static TheoryData<string> NotOutletWords() => Rows("clean/not-outlet-words.txt");

    public static TheoryData<string> CommonWords() => Rows("clean/common-words.txt");

    public static TheoryData<string, bool> TypeWords()
    {
        var data = new TheoryData<string, bool>();
        foreach (var row in DataFiles.ReadTable("clean/outlet-types.tsv"))
            data.Add(row.Required("word"), row.Required("strip") == "yes");
        return data;
    }

    private static string? Dateline(string line) => OutletDetector.FromLine(line, "dateline")?.Outlet;

    [Theory]
    [MemberData(nameof(Cities))]
    public void Every_city_opens_a_dateline_and_is_never_the_outlet(string city)
    {
        // "دمشق - الأفق": the city before the dash makes the line a dateline.
        Assert.Equal(Outlet, Dateline($"{city} - {Outlet}"));
        // "دمشق| بحث الوزير": a city where an outlet would stand is not one.
        Assert.Null(Dateline($"{city}| بحث الوزير العلاقات"));
    }

    [Theory]
    [MemberData(nameof(GivenNames))]
    public void Every_given_name_after_a_dateline_city_is_a_byline(string name)
    {
        // "القاهرة - أحمد سمير": a reporter signs the dateline, not the outlet.
        Assert.Null(Dateline($"القاهرة - {name} سمير"));
    }

    [Theory]
    [MemberData(nameof(NotOutlets))]
    public void Every_not_outlet_word_is_never_an_outlet(string word)
    {
        Assert.Null(Dateline($"دمشق - {word}"));
        Assert.Null(Dateline($"{word}| بحث الوزير العلاقات"));
    }

    [Theory]
    [MemberData(nameof(TypeWords))]
    public void Every_type_word_stays_before_an_unknown_name_and_a_carrier_goes_before_a_known_one(string type, bool strip)
    {
        // "دمشق - صحيفة الأفق": the outlet is the name as printed, type word and all.
        Assert.Equal($"{type} {Outlet}", Dateline($"دمشق - {type} {Outlet}"));
        // "صحيفة سانا" is سانا when the word only carries the name; "بوابة سانا" is a name of its own.
        Assert.Equal(strip ? "سانا" : $"{type} سانا", Dateline($"دمشق - {type} سانا"));
        // A type word makes a line a site's name: "بوابة الأفق" alone at the top of a page.
        Assert.Equal($"{type} {Outlet}", Dateline($"{type} {Outlet}"));
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void Every_masthead_label_names_the_outlet_before_it_and_is_never_one(string label)
    {
        Assert.Equal(Outlet, Dateline($"{Outlet} - {label}"));
        Assert.Null(Dateline($"دمشق - {label}"));
    }

    [Theory]
    [MemberData(nameof(Marks))]
    public void Every_mark_word_makes_a_lone_line_a_site_name(string mark)
    {
        Assert.Equal($"{Outlet} {mark}", Dateline($"{Outlet} {mark}"));
        Assert.Null(Dateline(Outlet));
    }

    [Theory]
    [MemberData(nameof(NotOutletHeads))]
    public void Every_byline_or_institution_word_refuses_the_name_it_opens(string head)
    {
        Assert.Null(Dateline($"دمشق - {head} {Outlet}"));
        Assert.Null(OutletDetector.FromLine($"المصدر: {head} {Outlet}", "credit"));
    }

    [Theory]
    [MemberData(nameof(NotOutletWords))]
    public void Every_inner_word_makes_a_line_a_sentence_not_a_name(string word)
    {
        Assert.Null(Dateline($"بوابة {Outlet} {word} دمشق"));
        Assert.Null(Dateline($"دمشق - {Outlet} {word} الشام"));
    }

    [Theory]
    [MemberData(nameof(CommonWords))]
    public void Every_common_word_is_a_generic_name(string word) =>
        Assert.True(OutletNames.IsGeneric(word, OutletLexicon.Default));

    [Fact]
    public void A_name_that_is_in_no_list_is_the_outlet_of_its_dateline()
    {
        Assert.Equal($"{Outlet} الجديد", Dateline($"القاهرة - {Outlet} الجديد"));
        Assert.Equal(Outlet, Dateline($"{Outlet}| بحث الوزير العلاقات"));
    }

    [Theory]
    [InlineData("clean/given-names.txt")]
    [InlineData("clean/not-outlets.txt")]
    [InlineData("clean/masthead-labels.txt")]
    [InlineData("clean/outlet-marks.txt")]
    [InlineData("clean/not-outlet-heads.txt")]
    [InlineData("clean/not-outlet-words.txt")]
    [InlineData("clean/common-words.txt")]
    public void No_word_is_listed_twice(string file)
    {
        // These lists are compared by normalised key, so two spellings of one word are one row.
        var keys = DataFiles.ReadList(file).Select(ArabicNormalizer.Key);
        Assert.Empty(keys.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void No_city_is_listed_twice()
    {
        // Datelines are matched as printed, so "عمان" and "عمّان" are two rows; the same spelling twice is one.
        var rows = DataFiles.ReadList("clean/cities.txt");
        Assert.Empty(rows.GroupBy(r => r, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }
}
