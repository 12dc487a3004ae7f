using Marsad.Clean;
using Marsad.Ingest;

namespace Marsad.Tests.Clean;

public class OutletDetectorTests
{
    private static SourceDocument Doc(string body, string? outlet = null, string? url = null) =>
        new("t.txt", "txt", "t.txt", "عنوان الخبر", body, url, null, outlet, "0");

    // Written in the styles outlets use; the body follows the headline line.
    [Theory]
    [InlineData("دمشق - سانا\nبحث الرئيس مع وفد روسي العلاقات الثنائية.", "سانا")]
    [InlineData("دمشق-سانا بحث الرئيس مع وفد روسي العلاقات الثنائية.", "سانا")]
    [InlineData("القاهرة - «الأهرام»: التقى وزير الخارجية المصري نظيره الأردني.", "الأهرام")]
    [InlineData("بيروت (رويترز) - قال مسؤولون إن الحكومة ستجتمع غدا.", "رويترز")]
    [InlineData("الرياض -الأيام\nاستقبل ولي العهد وزير الخارجية الأمريكي.", "الأيام")]
    [InlineData("موسكو – سبوتنيك\nأعلن الكرملين أن الرئيس سيزور بكين.", "سبوتنيك")]
    [InlineData("هسبريس| استقبل وزير الخارجية المغربي نظيره الموريتاني.", "هسبريس")]
    [InlineData("الجزيرة نت| عقد مجلس الأمن جلسة طارئة.", "الجزيرة نت")]
    [InlineData("استقبل الوزير نظيره.\nوبحث الجانبان التعاون.\nجريدة الأخبار", "الأخبار")]
    // The outlet is the name as printed: a carrier word goes only before a known outlet's name.
    [InlineData("استقبل الوزير نظيره.\nوبحث الجانبان التعاون.\nصحيفة الأيام الجديدة", "صحيفة الأيام الجديدة")]
    [InlineData("استقبل الوزير نظيره.\nوبحث الجانبان التعاون.\nوكالة الأنباء السورية", "وكالة الأنباء السورية")]
    [InlineData("استقبل الوزير نظيره.\nادعم تلفزيون سوريا\nتابعونا على تلغرام", "تلفزيون سوريا")]
    [InlineData("استقبل الوزير نظيره.\nالمصدر: روسيا اليوم", "روسيا اليوم")]
    // Attributions inside running text are not the outlet.
    [InlineData("وبحسب وكالة الأنباء السورية سانا أوضح الوزير أن الزيارة ناجحة.", null)]
    [InlineData("نقلت وكالة رويترز عن مصادر مطلعة أن الاجتماع تأجل.", null)]
    [InlineData("وقال الوزير بحسب الوكالة إن المحادثات كانت بناءة.", null)]
    [InlineData("وذكرت قناة الميادين أن الوفد وصل إلى دمشق.", null)]
    [InlineData("استقبل الرئيس في دمشق وفداً من الجزيرة العربية.", null)]
    [InlineData("دمشق - أكد الرئيس أن البلاد ستواصل الإصلاحات.", null)]
    [InlineData("استقبل الوزير نظيره.\n| وكالات", null)]
    [InlineData("عاجل| استقبل الوزير نظيره في العاصمة.", null)]
    [InlineData("القاهرة - أحمد سمير\nاستقبل الرئيس المصري وزير الخارجية الأردني.", null)]
    [InlineData("بغداد، 5 آذار (الأناضول) - استقبل رئيس الوزراء العراقي وفداً تركياً.", "الأناضول")]
    public void Outlet_is_read_only_where_the_article_names_itself(string body, string? outlet) =>
        Assert.Equal(outlet, ArticleCleaner.Clean(Doc(body)).Outlet);

    [Theory]
    [InlineData("عنب بلدي – Enab Baladi", "عنب بلدي")]
    [InlineData("Asharq News", "الشرق")]
    [InlineData("صحيفة الميزان", "صحيفة الميزان")]
    public void Metadata_names_are_mapped_to_the_printed_name(string metadata, string outlet)
    {
        var article = ArticleCleaner.Clean(Doc("استقبل الوزير نظيره.", metadata));
        Assert.Equal(outlet, article.Outlet);
        Assert.StartsWith("metadata:", article.OutletEvidence);
    }

    [Fact]
    public void Url_domain_is_the_last_resort()
    {
        var article = ArticleCleaner.Clean(Doc("استقبل الوزير نظيره.", url: "https://www.aljazeera.net/news/2024/1/1/x"));
        Assert.Equal(("الجزيرة", "url: www.aljazeera.net"), (article.Outlet, article.OutletEvidence));
    }

    [Theory]
    [InlineData("الشرق الأوسط", "الشرق الأوسط")]
    [InlineData("الشرق", "الشرق")]
    [InlineData("صحيفة الوطن", "الوطن")]
    [InlineData("RT عربي", "روسيا اليوم")]
    [InlineData("الاهرام", "الأهرام")]
    [InlineData("وكالة غير معروفة", null)]
    public void Canonical_names_match_whole_names_only(string printed, string? canonical) =>
        Assert.Equal(canonical, OutletDetector.Canonical(printed));

    public static TheoryData<string, string, string> CueRows()
    {
        // A skip row removes debris before the dateline cues run, so its example is read as a dateline.
        var data = new TheoryData<string, string, string>();
        foreach (var row in Marsad.Data.DataFiles.ReadTable("clean/outlet-cues.tsv"))
            data.Add(row.Required("kind") is "skip" ? "dateline" : row.Required("kind"), row.Required("example"), row.Required("expected"));
        return data;
    }

    [Theory]
    [MemberData(nameof(CueRows))]
    public void Every_cue_row_reads_its_example(string kind, string example, string expected) =>
        Assert.Equal(expected, OutletDetector.FromLine(example, kind)?.Outlet);
}
