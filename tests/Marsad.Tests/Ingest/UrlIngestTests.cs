using System.Text;
using Marsad.Ingest;

namespace Marsad.Tests.Ingest;

/// <summary>Downloads from a loopback HttpListener on 127.0.0.1 only.</summary>
public sealed class UrlIngestTests : IDisposable
{
    private readonly LocalHttpServer server = new();
    private readonly Dictionary<string, ServedResponse> pages = [];

    public UrlIngestTests() =>
        server.Handler = request => pages.TryGetValue(request.Path, out var page) ? page : new ServedResponse(404, "not found", "text/plain");

    private string Prefix => server.BaseUrl;

    public void Dispose() => server.Dispose();

    [Fact]
    public void Html_page_is_downloaded_and_the_url_is_the_id()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><title>وزير الخارجية يستقبل نظيره</title></head><body><article><p>استقبل وزير الخارجية اليوم نظيره في العاصمة.</p></article></body></html>";
        pages["/news/1"] = new ServedResponse(200, null, "text/html; charset=windows-1256") { Bytes = Encoding.GetEncoding("windows-1256").GetBytes(html) };
        var url = Prefix + "news/1";
        var document = Assert.Single(new DocumentReader().Read([url])).Document!;
        Assert.Equal((url, "html", url, "وزير الخارجية يستقبل نظيره"), (document.Id, document.Format, document.Url, document.Title));
        Assert.Equal("استقبل وزير الخارجية اليوم نظيره في العاصمة.", document.Body);
    }

    [Fact]
    public void Http_errors_and_oversized_bodies_are_per_url_errors()
    {
        pages["/big"] = new ServedResponse(200, null, "text/plain") { Bytes = new byte[4096] };
        var items = new DocumentReader(new IngestOptions(MaxBytes: 1024)).Read([Prefix + "missing", Prefix + "big"]).ToList();
        Assert.Equal("HTTP 404 Not Found", items[0].Error);
        Assert.Equal("too large (4096 bytes > 1024 byte cap)", items[1].Error);
    }
}
