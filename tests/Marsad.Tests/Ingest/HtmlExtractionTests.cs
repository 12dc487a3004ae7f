using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Marsad.Ingest;
using Marsad.Tests.Faults;

namespace Marsad.Tests.Ingest;

/// <summary>Linear HTML extraction (issue 12, item 4): text lengths computed once, nesting bounded before parsing.</summary>
public class HtmlExtractionTests
{
    private const string Story = "التقى وزير الخارجية السوري فيصل المقداد نظيره الروسي سيرغي لافروف في موسكو اليوم الخميس.";

    private static string Nested(int depth, string tag = "div") =>
        "<html><body>" + string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + "<p>" + Story + "</p>" + string.Concat(Enumerable.Repeat($"</{tag}>", depth)) + "</body></html>";

    [Fact]
    public void A_hundred_thousand_nested_divs_are_read_with_a_warning()
    {
        var html = Nested(100_000);
        var read = HangGuard.Run(() => new DocumentReader().Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(html)), "deep.html"), "nested HTML");

        var item = Assert.Single(read);
        Assert.Equal(Story, item.Document!.Body);
        Assert.Contains("nested more than 256 deep were flattened", Assert.Single(item.Warnings));
    }

    [Theory]
    [InlineData("blockquote")]
    [InlineData("span")]
    [InlineData("table")]
    [InlineData("li")]
    public void Deep_nesting_of_any_element_is_bounded(string tag)
    {
        Assert.Contains(Story, HangGuard.Run(() => HtmlText.FromFragment(Nested(50_000, tag)), $"nested <{tag}>"));
    }

    [Fact]
    public void A_page_within_the_depth_limit_is_not_touched()
    {
        var page = File.ReadAllText(TempFolder.TestData("article-with-furniture.html"));
        var (html, dropped) = HtmlDepthGuard.Flatten(page);
        Assert.Same(page, html);
        Assert.Equal(0, dropped);
        var deepest = Nested(HtmlDepthGuard.MaxDepth - 3);
        Assert.Same(deepest, HtmlDepthGuard.Flatten(deepest).Html);
        Assert.NotEqual(0, HtmlDepthGuard.Flatten(Nested(HtmlDepthGuard.MaxDepth)).Dropped);
    }

    [Theory]
    [InlineData("<p>a<p>b<p>c", 0)]
    [InlineData("<ul><li>a<li>b<li>c</ul>", 0)]
    [InlineData("<script>if (a < b) { x = '<div>'; }</script><div>t</div>", 0)]
    [InlineData("<!-- <div><div> --><div a='>'>t</div>", 0)]
    public void Tags_that_close_themselves_do_not_count_as_nesting(string html, int dropped)
    {
        var many = string.Concat(Enumerable.Repeat(html, 500));
        Assert.Equal(dropped, HtmlDepthGuard.Flatten(many).Dropped);
    }

    private static readonly string[] Tags = ["div", "p", "a", "span", "ul", "li", "section", "blockquote", "pre", "b"];
    private static readonly string[] Words = ["خبر", " ", "  ", "\n", "وزير الخارجية", "a", "", "\t"];

    /// <summary>A random page: nested elements with text, links and white space around them.</summary>
    private static Arbitrary<string> Pages() =>
        Gen.Sized(size => Gen.ListOf(Gen.OneOf(
                Gen.Elements(Tags).Select(t => $"<{t}>"),
                Gen.Elements(Tags).Select(t => $"</{t}>"),
                Gen.Elements(Words)), Math.Max(1, size * 4))
            .Select(parts => "<html><body>" + string.Concat(parts) + "</body></html>"))
            .ToArbitrary();

    // The figures computed in one pass equal what a subtree scan per element gives.
    [Property(MaxTest = 150)]
    public Property Text_stats_equal_subtree_scans() =>
        Prop.ForAll(Pages(), html =>
        {
            var document = new HtmlParser().ParseDocument(html);
            var body = document.Body!;
            var stats = HtmlTextStats.Of(body);
            return body.QuerySelectorAll("*").Prepend(body).All(e => stats[e] == Naive(e, body));
        });

    private static HtmlTextStats.Stats Naive(IElement e, IElement root)
    {
        var trimmed = e.TextContent.Trim().Length;
        var covered = e.QuerySelectorAll("p, pre, blockquote").Select(p => p.TextContent.Trim().Length)
            .Where(l => l >= HtmlTextStats.ParagraphMinimum).Sum();
        var depth = 0;
        for (var a = e; a != root && a is not null; a = a.ParentElement)
            depth++;
        return new HtmlTextStats.Stats(e.TextContent.Length, trimmed, e.QuerySelectorAll("p").Length,
            e.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length), covered, depth);
    }
}
