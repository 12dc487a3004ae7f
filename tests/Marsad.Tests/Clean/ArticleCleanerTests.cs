using Marsad.Clean;
using Marsad.Ingest;
using Marsad.Time;

namespace Marsad.Tests.Clean;

public class ArticleCleanerTests
{
    private static readonly string SeedFolder = Path.Combine(AppContext.BaseDirectory, "samples", "seeds");

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SeedFolder, "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    // A news line: a sentence of some length (furniture lines are short labels, captions, appeals).
    private static bool CarriesNews(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 10 && !line.StartsWith("camera icon", StringComparison.Ordinal);

    [Theory]
    [InlineData("000", new string[0])]
    [InlineData("001", new[] { "camera icon", "tag icon", "مقالات متعلقة", "×", "الإعلام الموجّه", "سوريا بحاجة", "ادعم عنب بلدي", "دولار واحد", "اضغط هنا" })]
    [InlineData("002", new[] { "الأولى", "| وكالات", "زر الذهاب إلى الأعلى", "صحيفة الوطن" })]
    [InlineData("003", new string[0])]
    [InlineData("004", new[] { "تصنيفات", "قصص قد تهمك", "دبي -الشرق" })]
    public void Seed_furniture_is_removed_and_nothing_else(string prefix, string[] removedStarts)
    {
        var file = Directory.GetFiles(SeedFolder, prefix + "_*.txt").Single();
        var article = ArticleCleaner.Clean(new DocumentReader().ReadFile(file).Single().Document!);
        Assert.Equal(removedStarts.Length, article.RemovedLines.Count);
        for (var i = 0; i < removedStarts.Length; i++)
            Assert.Contains(": " + removedStarts[i], article.RemovedLines[i]);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_news_sentence_of_a_seed_survives(string seed)
    {
        var document = new DocumentReader().ReadFile(Path.Combine(SeedFolder, seed)).Single().Document!;
        var article = ArticleCleaner.Clean(document);
        var newsLines = document.Body.Split('\n').Select(l => l.Trim()).Where(CarriesNews).ToList();
        Assert.NotEmpty(newsLines);
        foreach (var line in newsLines)
            Assert.Contains(line, article.Text.Split('\n'));
        Assert.DoesNotContain("\n\n", article.Text);
        Assert.StartsWith(article.Headline + "\n", article.Text);
    }

    [Fact]
    public void Furniture_lines_are_removed_and_explained()
    {
        var body = string.Join('\n',
            "camera iconالرئيس خلال الاجتماع (رويترز)",
            "tag icon ع ع ع",
            "استقبل الرئيس اليوم وزير الخارجية الأمريكي وبحث معه تطورات المنطقة.",
            "شارك المقال",
            "",
            "وأكد الجانبان أهمية مواصلة التشاور بين البلدين في المرحلة المقبلة.",
            "اقرأ أيضاً: وزير الخارجية يزور العراق الأسبوع المقبل",
            "وقال الوزير إن الزيارة تأتي في إطار تعزيز العلاقات.",
            "مقالات متعلقة",
            "وزير الخارجية يلتقي نظيره التركي في أنقرة",
            "×",
            "ادعم عنب بلدي");
        var article = ArticleCleaner.Clean(new SourceDocument("x.txt", "txt", "x.txt", "محليات", "عنوان الخبر الرئيسي\n" + body, null, new DateOnly(2024, 5, 1), null, "0"));
        Assert.Equal("عنوان الخبر الرئيسي", article.Headline);
        Assert.Equal(string.Join('\n',
            "عنوان الخبر الرئيسي",
            "استقبل الرئيس اليوم وزير الخارجية الأمريكي وبحث معه تطورات المنطقة.",
            "وأكد الجانبان أهمية مواصلة التشاور بين البلدين في المرحلة المقبلة.",
            "وقال الوزير إن الزيارة تأتي في إطار تعزيز العلاقات."), article.Text);
        Assert.Equal(9, article.RemovedLines.Count);
        Assert.Contains(article.RemovedLines, l => l.EndsWith("محليات", StringComparison.Ordinal));
        Assert.Equal("عنب بلدي", article.Outlet);
        Assert.Equal(DateInterval.Day(new DateOnly(2024, 5, 1)), article.PublishedMetadata);
    }

    [Fact]
    public void A_signature_line_names_the_outlet_and_is_removed()
    {
        var article = ArticleCleaner.Clean(new SourceDocument("x.txt", "txt", "x.txt", "العنوان", "استقبل الوزير نظيره.\nوبحث الجانبان التعاون.\nجريدة الأخبار", null, null, null, "0"));
        Assert.Equal(("الأخبار", "signature: جريدة الأخبار"), (article.Outlet, article.OutletEvidence));
        Assert.Equal("العنوان\nاستقبل الوزير نظيره.\nوبحث الجانبان التعاون.", article.Text);
        Assert.Equal(["signature: جريدة الأخبار"], article.RemovedLines);
    }

    [Fact]
    public void A_section_label_below_the_first_paragraph_is_kept()
    {
        var article = ArticleCleaner.Clean(new SourceDocument("x.txt", "txt", "x.txt", "العنوان", "استقبل الوزير نظيره.\nسياسة\nوبحث الجانبان التعاون.", null, null, null, "0"));
        Assert.Equal("العنوان\nاستقبل الوزير نظيره.\nسياسة\nوبحث الجانبان التعاون.", article.Text);
    }

    [Fact]
    public void A_headline_ending_in_parentheses_is_not_taken_for_a_caption()
    {
        var article = ArticleCleaner.Clean(new SourceDocument("x.txt", "txt", "x.txt", "الرئيس يستقبل وفداً روسياً (صور)", "استقبل الرئيس وفداً.", null, null, null, "0"));
        Assert.Equal("الرئيس يستقبل وفداً روسياً (صور)", article.Headline);
        Assert.Null(article.PublishedMetadata);
    }
}
