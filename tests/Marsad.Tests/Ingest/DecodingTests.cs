using System.Text;
using Marsad.Ingest;

namespace Marsad.Tests.Ingest;

/// <summary>Decoding (issue 12, item 6): UTF-16 without a byte-order mark, UTF-8 with a few bad bytes, wrongly typed JSON fields.</summary>
public class DecodingTests
{
    private const string Headline = "وزير الخارجية يستقبل نظيره";
    private const string Body = "استقبل وزير الخارجية اليوم نظيره في العاصمة وبحثا العلاقات الثنائية (2024).";

    private static IngestItem ReadOne(string name, byte[] bytes) => Assert.Single(new DocumentReader().Read(new MemoryStream(bytes), name));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_without_a_byte_order_mark_is_recognised(bool bigEndian)
    {
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(Headline + "\n" + Body + "\n");

        var item = ReadOne("a.txt", bytes);

        Assert.True(item.Ok, item.Error);
        Assert.Equal((Headline, Body), (item.Document!.Title, item.Document.Body));
        Assert.Empty(item.Warnings);
    }

    [Fact]
    public void Utf16_html_without_a_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetBytes($"<html><head><title>{Headline}</title></head><body><p>{Body}</p></body></html>");

        var item = ReadOne("page.html", bytes);

        Assert.True(item.Ok, item.Error);
        Assert.Contains(Body, item.Document!.Body);
    }

    [Fact]
    public void Utf16_cut_after_an_odd_byte_keeps_its_text()
    {
        var bytes = Encoding.Unicode.GetBytes(Headline + "\n" + Body + "\n");

        var item = ReadOne("a.txt", bytes[..^1]);

        Assert.True(item.Ok, item.Error);
        Assert.Equal(Headline, item.Document!.Title);
        Assert.Contains("1 invalid utf-16 byte replaced", Assert.Single(item.Warnings));
    }

    [Fact]
    public void A_few_invalid_bytes_in_utf8_are_replaced_counted_and_reported()
    {
        var good = Encoding.UTF8.GetBytes(Headline + "\n" + Body + "\n" + Body + "\n");
        var first = Array.IndexOf(good, (byte)'\n') + 1;
        var second = Array.IndexOf(good, (byte)'\n', first) + 1;
        byte[] bytes = [.. good[..first], 0xFF, .. good[first..second], 0xC3, 0x28, .. good[second..]];

        var item = ReadOne("a.txt", bytes);

        Assert.True(item.Ok, item.Error);
        Assert.Contains('\uFFFD', item.Document!.Title + item.Document.Body);
        Assert.Equal("2 invalid utf-8 bytes replaced with U+FFFD", Assert.Single(item.Warnings));
    }

    [Fact]
    public void A_legacy_code_page_is_not_taken_for_broken_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("windows-1256").GetBytes(Headline + "\n" + Body + "\n");

        var item = ReadOne("a.txt", bytes);

        Assert.Equal(Headline, item.Document!.Title);
        Assert.Empty(item.Warnings);
    }

    [Theory]
    [InlineData("{\"id\": \"a\", \"text\": 12345}", "field \"text\" is a number, not a string")]
    [InlineData("{\"id\": \"a\", \"title\": [\"x\"], \"text\": \"نص الخبر هنا.\"}", "field \"title\" is an array, not a string")]
    [InlineData("{\"id\": true, \"text\": \"نص الخبر هنا.\"}", "field \"id\" is a boolean, not a string or a number")]
    [InlineData("{\"id\": \"a\", \"text\": \"نص الخبر هنا.\", \"published\": 20240105}", "field \"published\" is a number, not a string")]
    [InlineData("{\"id\": \"a\", \"text\": \"نص الخبر هنا.\", \"outlet\": 7}", "field \"outlet\" is a number, not a string or an object")]
    public void A_wrongly_typed_json_field_fails_its_record_only(string bad, string reason)
    {
        var lines = string.Join('\n', bad, "{\"id\": \"b\", \"title\": \"عنوان\", \"text\": \"نص الخبر الثاني.\", \"source\": {\"name\": \"بترا\"}}");

        var items = new DocumentReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(lines)), "batch.jsonl");

        Assert.Equal(2, items.Count);
        Assert.Contains(reason, items[0].Error);
        Assert.Equal(("b", "بترا"), (items[1].Document!.Id, items[1].Document!.Outlet));
    }

    [Fact]
    public void Null_fields_count_as_absent()
    {
        var item = ReadOne("a.json", Encoding.UTF8.GetBytes("{\"id\": 7, \"title\": null, \"url\": null, \"text\": \"" + Headline + "\\n" + Body + "\"}"));

        Assert.True(item.Ok, item.Error);
        Assert.Equal(("7", Headline), (item.Document!.Id, item.Document.Title));
    }
}
