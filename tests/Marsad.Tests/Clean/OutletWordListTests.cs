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

    public static TheoryData<string> TypeWords() => Rows("clean/outlet-types.txt");

    private static string? Dateline(string line) => OutletDetector.FromLine(line, OutletEvidenceKind.Dateline)?.Outlet;

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
    public void Every_type_word_is_stripped_from_the_name_it_opens(string type)
    {
        // "دمشق - صحيفة الأفق" names the outlet الأفق.
        Assert.Equal(Outlet, Dateline($"دمشق - {type} {Outlet}"));
    }

    [Fact]
    public void A_name_that_is_in_no_list_is_the_outlet_of_its_dateline()
    {
        Assert.Equal($"{Outlet} الجديد", Dateline($"القاهرة - {Outlet} الجديد"));
        Assert.Equal(Outlet, Dateline($"{Outlet}| بحث الوزير العلاقات"));
    }

    [Theory]
    [InlineData("clean/given-names.txt")]
    [InlineData("clean/not-outlets.txt")]
    [InlineData("clean/outlet-types.txt")]
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
