using System.Text;
using Marsad.Ingest;

namespace Marsad.Tests.Ingest;

public class DocumentReaderTests
{
    private const string Headline = "وزير الخارجية يستقبل نظيره";
    private const string Body = "استقبل وزير الخارجية اليوم نظيره في العاصمة وبحثا العلاقات الثنائية.";
    private static readonly string ArabicText = Headline + "\n" + Body + "\n";

    private static IngestItem ReadOne(string path, IngestOptions? options = null) =>
        Assert.Single(new DocumentReader(options).Read([path]));

    private static SourceDocument ReadDocument(string path) =>
        ReadOne(path) is { Document: { } document } ? document : throw new Xunit.Sdk.XunitException($"no document from {path}");

    [Fact]
    public void Text_file_first_non_empty_line_is_the_headline()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.txt", "\r\n  \r\n" + Headline + "\r\n\r\n" + Body + "\r\nسطر ثان.\r\n");
        var document = ReadDocument(path);
        Assert.Equal("a.txt", document.Id);
        Assert.Equal("txt", document.Format);
        Assert.Equal(Headline, document.Title);
        Assert.Equal(Body + "\nسطر ثان.", document.Body);
        Assert.DoesNotContain('\r', document.Body);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), document.ContentHash);
    }

    public static TheoryData<string, byte[]> EncodedArabic()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new()
        {
            { "utf-8", Encoding.UTF8.GetBytes(ArabicText) },
            { "utf-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(ArabicText)] },
            { "utf-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(ArabicText)] },
            { "utf-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(ArabicText)] },
            { "windows-1256", Encoding.GetEncoding("windows-1256").GetBytes(ArabicText) },
            { "iso-8859-6", Encoding.GetEncoding("iso-8859-6").GetBytes(ArabicText) },
        };
    }

    [Theory]
    [MemberData(nameof(EncodedArabic))]
    public void Encoding_is_detected_not_assumed(string encoding, byte[] bytes)
    {
        using var folder = new TempFolder();
        var document = ReadDocument(folder.Write("encoded.txt", bytes));
        Assert.True(Headline == document.Title, $"{encoding}: headline read as '{document.Title}'");
        Assert.Equal(Body, document.Body);
    }

    [Fact]
    public void Html_meta_charset_is_honoured()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = $"<html><head><meta charset=\"windows-1256\"><title>{Headline}</title></head><body><p>{Body}</p></body></html>";
        using var folder = new TempFolder();
        var document = ReadDocument(folder.Write("page.html", Encoding.GetEncoding("windows-1256").GetBytes(html)));
        Assert.Equal(Headline, document.Title);
        Assert.Equal(Body, document.Body);
    }

    public static TheoryData<string, byte[], string> BadInputs() => new()
    {
        { "binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], "binary file, skipped" },
        { "controls.txt", [.. Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 0x01 : 0x41))], "binary file, skipped" },
        { "empty.txt", [], "empty" },
        { "blank.txt", Encoding.UTF8.GetBytes(" \n\t \r\n  \n"), "empty" },
        { "blank.html", Encoding.UTF8.GetBytes("<html><body><div> </div><script>var x = 1;</script></body></html>"), "no text found in HTML" },
        { "latin.txt", [0x41, 0xE0, 0xE2, 0xE7, 0xE8, 0xE9, 0xF4, 0xF9, 0xFB, 0xFC, 0x20, 0xE9, 0xE8], "unknown encoding" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_gives_a_clear_error_and_does_not_throw(string name, byte[] bytes, string error)
    {
        using var folder = new TempFolder();
        var item = ReadOne(folder.Write(name, bytes));
        Assert.False(item.Ok);
        Assert.Equal(error, item.Error);
    }

    [Fact]
    public void Too_large_file_is_refused_with_its_size()
    {
        using var folder = new TempFolder();
        var path = folder.Write("big.txt", new string('ا', 600));
        var item = ReadOne(path, new IngestOptions(MaxBytes: 1000));
        Assert.Equal("too large (1200 bytes > 1000 byte cap)", item.Error);
    }

    [Fact]
    public void Bad_inputs_do_not_stop_the_run()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.txt", ArabicText);
        var binary = folder.Write("bad.txt", [0, 1, 2, 3]);
        var items = new DocumentReader().Read([binary, Path.Combine(folder.Path, "missing.txt"), good]).ToList();
        Assert.Equal(["binary file, skipped", "not found", null], items.Select(i => i.Error));
        Assert.Equal("good.txt", items[2].Document!.Id);
    }

    [Fact]
    public void Truncated_html_is_still_parsed()
    {
        using var folder = new TempFolder();
        var path = folder.Write("cut.html", $"<html><head><title>{Headline}</title></head><body><article><p>{Body}</p><p>ثم قال الوزير إن المحادثات ست");
        var document = ReadDocument(path);
        Assert.Equal(Headline, document.Title);
        Assert.StartsWith(Body, document.Body);
        Assert.Contains("ثم قال الوزير", document.Body);
    }

    [Fact]
    public void Html_main_content_drops_page_furniture_and_reads_metadata()
    {
        var document = ReadDocument(TempFolder.TestData("article-with-furniture.html"));
        Assert.Equal("html", document.Format);
        Assert.Equal("https://almizan.example/news/2024/03/05/jordan-iraq", document.Id);   // a page is known by its canonical URL
        Assert.Equal("وزير الخارجية الأردني يستقبل نظيره العراقي في عمّان", document.Title);
        Assert.Equal(new DateOnly(2024, 3, 5), document.Published);
        Assert.Equal("صحيفة الميزان", document.Outlet);
        Assert.Equal("https://almizan.example/news/2024/03/05/jordan-iraq", document.Url);
        var lines = document.Body.Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("استقبل وزير الخارجية الأردني", lines[0]);
        Assert.StartsWith("وأكد الصفدي", lines[1]);
        Assert.StartsWith("من جهته، قال فؤاد حسين", lines[2]);
        Assert.StartsWith("واتفق الوزيران", lines[3]);
        foreach (var furniture in new[] { "الرئيسية", "فيسبوك", "رويترز", "مقالات ذات صلة", "النشرة البريدية", "ادعم", "الأكثر قراءة", "جميع الحقوق", "tracking" })
            Assert.DoesNotContain(furniture, document.Body);
    }

    [Fact]
    public void Html_story_split_around_an_ad_slot_stays_whole()
    {
        using var folder = new TempFolder();
        var path = folder.Write("split.html", $"""
            <html><body>
            <div class="menu-top"><a href="/">الرئيسية</a> <a href="/a">أخبار العالم العربي اليوم</a></div>
            <div id="story">
              <div class="part"><p>{Body}</p><p>وأضاف الوزير أن المحادثات تناولت ملفات الطاقة والمياه والحدود.</p></div>
              <div class="ad-slot"><p>إعلان: احجز رحلتك الآن بأفضل الأسعار المتاحة.</p></div>
              <div class="part"><p>واتفق الجانبان على عقد جولة جديدة من المحادثات الشهر المقبل.</p></div>
            </div>
            <div class="comments-area"><p>تعليق: هذا خبر مهم جدا ونتمنى المزيد من التغطية.</p></div>
            </body></html>
            """);
        Assert.Equal(string.Join('\n', Body, "وأضاف الوزير أن المحادثات تناولت ملفات الطاقة والمياه والحدود.", "واتفق الجانبان على عقد جولة جديدة من المحادثات الشهر المقبل."),
            ReadDocument(path).Body);
    }

    public static TheoryData<string, string, DateOnly?> HtmlDates() => new()
    {
        { "<meta itemprop=\"datePublished\" content=\"2023-05-07\">", "", new DateOnly(2023, 5, 7) },
        { "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-12-17T14:00:00+03:00\"}]}</script>", "", new DateOnly(2020, 12, 17) },
        { "", "<time datetime=\"2021-02-17T21:15:00+02:00\">17 شباط</time>", new DateOnly(2021, 2, 17) },
        { "", "", null },
    };

    [Theory]
    [MemberData(nameof(HtmlDates))]
    public void Html_publication_date_comes_from_metadata(string head, string bodyPrefix, DateOnly? expected)
    {
        using var folder = new TempFolder();
        var path = folder.Write("d.html", $"<html><head>{head}</head><body><article>{bodyPrefix}<p>{Body}</p></article></body></html>");
        Assert.Equal(expected, ReadDocument(path).Published);
    }

    [Fact]
    public void Json_lines_load_every_good_line_and_report_the_bad_one()
    {
        using var folder = new TempFolder();
        var path = folder.Write("batch.jsonl", string.Join('\n',
            $$"""{"id": "a-1", "url": "https://example.org/1", "title": "{{Headline}}", "text": "{{Body}}", "published": "2021-02-17T10:00:00+03:00", "outlet": "عنب بلدي"}""",
            """{"id": "a-2", "title": "broken", "text": "no closing brace" """,
            $$"""{"title": "{{Headline}}", "body": "<p>{{Body}}</p><p>فقرة ثانية.</p>", "published": "2021-02-18"}"""));
        var items = new DocumentReader().Read([path]).ToList();
        Assert.Equal(3, items.Count);
        var first = items[0].Document!;
        Assert.Equal(("a-1", "jsonl", Headline, Body, "https://example.org/1", new DateOnly(2021, 2, 17), "عنب بلدي"),
            (first.Id, first.Format, first.Title, first.Body, first.Url, first.Published, first.Outlet));
        Assert.False(items[1].Ok);
        Assert.StartsWith("invalid JSON on line 2", items[1].Error);
        var third = items[2].Document!;
        Assert.StartsWith("sha256:", third.Id);   // no id, no url: known by its content
        Assert.Equal(Body + "\nفقرة ثانية.", third.Body);
        Assert.NotEqual(first.ContentHash, third.ContentHash);
    }

    [Theory]
    [InlineData("array.json", "[{\"id\": 7, \"title\": \"T\", \"content\": \"نص الخبر.\"}, {\"title\": \"U\", \"text\": \"نص آخر.\"}]")]
    [InlineData("wrapped.json", "{\"articles\": [{\"id\": 7, \"title\": \"T\", \"content\": \"نص الخبر.\"}, {\"title\": \"U\", \"text\": \"نص آخر.\"}]}")]
    public void Json_arrays_and_wrapped_articles_give_one_document_each(string name, string json)
    {
        using var folder = new TempFolder();
        var items = new DocumentReader().Read([folder.Write(name, json)]).ToList();
        Assert.Equal("7", items[0].Document!.Id);
        Assert.StartsWith("sha256:", items[1].Document!.Id);
        Assert.Equal(["نص الخبر.", "نص آخر."], items.Select(i => i.Document!.Body));
    }

    [Fact]
    public void Json_single_object_is_one_document()
    {
        using var folder = new TempFolder();
        var document = ReadDocument(folder.Write("one.json", $$"""{"title": "{{Headline}}", "text": "{{Body}}", "outlet": "الشرق"}"""));
        Assert.Equal(("json", Headline, "الشرق"), (document.Format, document.Title, document.Outlet));
        Assert.Equal(DocumentIds.FromContent(document.ContentHash), document.Id);
    }

    [Fact]
    public void Rss_items_become_documents_with_the_feed_title_as_outlet()
    {
        var items = new DocumentReader().Read([TempFolder.TestData("feed.rss")]).ToList();
        Assert.Equal(2, items.Count);
        var first = items[0].Document!;
        Assert.Equal(("https://www.enabbaladi.net/archives/1001", "rss", "وزير الخارجية التركي يزور دمشق", "عنب بلدي", new DateOnly(2021, 2, 17)),
            (first.Id, first.Format, first.Title, first.Outlet, first.Published));
        Assert.Equal("وصل وزير الخارجية التركي إلى دمشق في زيارة رسمية.\nوبحث مع نظيره السوري الملفات المشتركة.", first.Body);
        Assert.Equal("انطلقت في سوتشي جولة جديدة من المحادثات.", items[1].Document!.Body);
    }

    [Theory]
    [InlineData("Wed, 17 Feb 2021 23:30:00 +0300", 2021, 2, 17)]
    [InlineData("2021-02-17 10:00:00", 2021, 2, 17)]
    [InlineData("الأربعاء 17 شباط", 0, 0, 0)]
    public void Rss_dates_in_loose_formats_do_not_fail_the_feed(string pubDate, int year, int month, int day)
    {
        using var folder = new TempFolder();
        var path = folder.Write("loose.rss", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>الخليج</title><link>https://example.org</link><description>d</description>
            <item><title>خبر</title><link>https://example.org/1</link><pubDate>{pubDate}</pubDate><description>استقبل الوزير نظيره.</description></item>
            </channel></rss>
            """);
        var document = ReadDocument(path);
        Assert.Equal(year == 0 ? null : new DateOnly(year, month, day), document.Published);
        Assert.Equal("استقبل الوزير نظيره.", document.Body);
    }

    [Fact]
    public void An_aggregator_item_takes_its_source_element_as_outlet()
    {
        // An aggregator's feed (its title is the aggregator) names each item's outlet in <source>.
        using var folder = new TempFolder();
        var path = folder.Write("news.rss", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>أخبار مجمعة</title><link>https://example.org</link><description>d</description>
            <item><title>خبر - شفق نيوز</title><link>https://example.org/1</link><source url="https://shafaq.com/rss">شفق نيوز</source><description>استقبل الوزير نظيره.</description></item>
            <item><title>خبر آخر</title><link>https://example.org/2</link><description>وصل الوفد إلى بغداد.</description></item>
            </channel></rss>
            """);
        var items = new DocumentReader().Read([path]).Select(i => i.Document!.Outlet).ToList();
        Assert.Equal(["شفق نيوز", "أخبار مجمعة"], items);
    }

    [Fact]
    public void Html_title_element_loses_the_site_name()
    {
        using var folder = new TempFolder();
        var path = folder.Write("t.html", $"<html><head><title>{Headline} - الخليج</title><meta property=\"og:site_name\" content=\"الخليج\"></head><body><p>{Body}</p></body></html>");
        var document = ReadDocument(path);
        Assert.Equal((Headline, "الخليج"), (document.Title, document.Outlet));
    }

    [Fact]
    public void Atom_entries_become_documents()
    {
        var document = Assert.Single(new DocumentReader().Read([TempFolder.TestData("feed.atom")])).Document!;
        Assert.Equal(("https://asharq.example/politics/1", "atom", "الشرق للأخبار", new DateOnly(2024, 12, 20)),
            (document.Id, document.Format, document.Outlet, document.Published));
        Assert.Equal("أجرى وزير الخارجية السوري محادثات في موسكو.", document.Body);
    }

    [Fact]
    public void Feed_is_sniffed_without_a_telling_extension()
    {
        using var folder = new TempFolder();
        var path = folder.Write("download.xml", File.ReadAllBytes(TempFolder.TestData("feed.atom")));
        Assert.Equal("atom", ReadDocument(path).Format);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>استقبل الوزير نظيره في العاصمة اليوم.</p></body></html>", "html")]
    [InlineData("{\"id\": \"x\", \"text\": \"نص\"}\n{\"id\": \"y\", \"text\": \"نص\"}\n", "jsonl")]
    [InlineData("[{\"id\": \"x\", \"text\": \"نص\"}]", "json")]
    [InlineData("عنوان\nنص الخبر.", "txt")]
    public void Stdin_format_is_sniffed(string content, string format)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
        var items = new DocumentReader().Read(stream);
        Assert.All(items, i => Assert.Equal(format, i.Document!.Format));
    }

    [Fact]
    public void Stdin_larger_than_the_cap_is_refused()
    {
        using var stream = new MemoryStream(new byte[5000]);
        var item = Assert.Single(new DocumentReader(new IngestOptions(MaxBytes: 100)).Read(stream));
        Assert.StartsWith("too large", item.Error);
    }

    [Fact]
    public void Folders_are_read_recursively_in_path_order_and_globs_expand()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", ArabicText);
        folder.Write("a.txt", ArabicText);
        folder.Write("sub/c.html", $"<html><body><p>{Body}</p></body></html>");
        folder.Write("sub/image.png", [0x89, 0x50, 0x4E, 0x47, 0]);
        folder.Write(".hidden/d.txt", ArabicText);
        var ids = new DocumentReader().Read([folder.Path]).Select(i => i.Document?.Id).ToList();
        Assert.Equal(["a.txt", "b.txt", "sub/c.html"], ids);

        var globbed = new DocumentReader().Read([Path.Combine(folder.Path, "*.txt"), Path.Combine(folder.Path, "**", "*.html")])
            .Select(i => i.Document?.Id).ToList();
        Assert.Equal(["a.txt", "b.txt", "sub/c.html"], globbed);

        var none = Assert.Single(new DocumentReader().Read([Path.Combine(folder.Path, "*.rss")]));
        Assert.Equal("no files match", none.Error);
    }

    [Fact]
    public void Files_of_one_name_in_different_folders_are_different_documents()
    {
        using var folder = new TempFolder();
        foreach (var month in new[] { "2024-01", "2024-02", "2024-03" })
            folder.Write($"{month}/index.txt", ArabicText + " " + month);
        var ids = new DocumentReader().Read([folder.Path]).Select(i => i.Document?.Id).ToList();
        Assert.Equal(["2024-01/index.txt", "2024-02/index.txt", "2024-03/index.txt"], ids);

        var named = new DocumentReader().Read([Path.Combine(folder.Path, "2024-02", "index.txt")]).Single().Document!;
        Assert.Equal("index.txt", named.Id);   // a file named on its own is known by its name
    }

    [Fact]
    public void Standard_input_is_known_by_its_content()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ArabicText));
        var document = Assert.Single(new DocumentReader().Read(stream)).Document!;
        Assert.Equal(DocumentIds.FromContent(document.ContentHash), document.Id);
    }
}
