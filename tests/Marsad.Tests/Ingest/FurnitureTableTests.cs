using AngleSharp.Html.Parser;
using Marsad.Data;
using Marsad.Ingest;

namespace Marsad.Tests.Ingest;

/// <summary>Row test for Data/clean/html-furniture.tsv: every selector drops a sample node built for it.</summary>
public class FurnitureTableTests
{
    private const string Story =
        "<div id=\"story\"><p>استقبل وزير الخارجية اليوم نظيره في العاصمة وبحث معه العلاقات الثنائية.</p>" +
        "<p>وأكد الجانبان أهمية التنسيق المشترك في القضايا الإقليمية والدولية.</p>" +
        "<p>واتفقا على مواصلة المشاورات خلال الفترة المقبلة.</p></div>";

    public static TheoryData<int, string, string> Rows()
    {
        var data = new TheoryData<int, string, string>();
        foreach (var row in DataFiles.ReadTable("clean/html-furniture.tsv"))
            data.Add(row.Line, row.Required("kind"), row.Required("value"));
        return data;
    }

    /// <summary>An element that only this row makes furniture, with id "sample".</summary>
    private static string Sample(string kind, string value) => kind switch
    {
        "tag" when value is "input" => "<input id=\"sample\" value=\"x\">",
        "tag" when value is "select" => "<select id=\"sample\"><option>خيار</option></select>",
        "tag" => $"<{value} id=\"sample\">عناصر الصفحة</{value}>",
        "role" => $"<div id=\"sample\" role=\"{value}\">عناصر الصفحة</div>",
        "class" => $"<div id=\"sample\" class=\"box {value}\">عناصر الصفحة</div>",
        _ => throw new Xunit.Sdk.XunitException($"unknown kind {kind}"),
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_furniture_selector_drops_its_sample_node(int line, string kind, string value)
    {
        var page = new HtmlParser().ParseDocument($"<html><body>{Story}{Sample(kind, value)}</body></html>");
        Assert.NotNull(page.GetElementById("sample"));
        var text = MainContentExtractor.Extract(page);
        Assert.True(page.GetElementById("sample") is null, $"html-furniture.tsv:{line} ({kind} {value}) kept its sample node");
        Assert.Contains("واتفقا على مواصلة المشاورات", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_box_beside_the_story_is_not_furniture()
    {
        var page = new HtmlParser().ParseDocument($"<html><body>{Story}<div id=\"sample\" class=\"box\">عناصر الصفحة</div></body></html>");
        MainContentExtractor.Extract(page);
        Assert.NotNull(page.GetElementById("sample"));
    }

    [Fact]
    public void No_selector_is_listed_twice()
    {
        var selectors = DataFiles.ReadTable("clean/html-furniture.tsv").Select(r => $"{r.Required("kind")} {r.Required("value").ToLowerInvariant()}");
        Assert.Empty(selectors.GroupBy(s => s, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
    }
}
