using System.Net;
using System.Net.Sockets;
using System.Text;
using Marsad.Ingest;

namespace Marsad.Tests.Ingest;

/// <summary>Downloads from a loopback HttpListener on 127.0.0.1 only.</summary>
public sealed class UrlIngestTests : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly string prefix;
    private readonly Dictionary<string, (int Status, string ContentType, byte[] Body)> pages = [];
    private readonly Task serving;

    public UrlIngestTests()
    {
        prefix = $"http://127.0.0.1:{FreePort()}/";
        listener.Prefixes.Add(prefix);
        listener.Start();
        serving = Task.Run(Serve);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var (status, contentType, body) = pages.TryGetValue(context.Request.Url!.AbsolutePath, out var page)
                ? page
                : (404, "text/plain", Encoding.UTF8.GetBytes("not found"));
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        serving.Wait(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Html_page_is_downloaded_and_the_url_is_the_id()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><title>وزير الخارجية يستقبل نظيره</title></head><body><article><p>استقبل وزير الخارجية اليوم نظيره في العاصمة.</p></article></body></html>";
        pages["/news/1"] = (200, "text/html; charset=windows-1256", Encoding.GetEncoding("windows-1256").GetBytes(html));
        var url = prefix + "news/1";
        var document = Assert.Single(new DocumentReader().Read([url])).Document!;
        Assert.Equal((url, "html", url, "وزير الخارجية يستقبل نظيره"), (document.Id, document.Format, document.Url, document.Title));
        Assert.Equal("استقبل وزير الخارجية اليوم نظيره في العاصمة.", document.Body);
    }

    [Fact]
    public void Http_errors_and_oversized_bodies_are_per_url_errors()
    {
        pages["/big"] = (200, "text/plain", new byte[4096]);
        var items = new DocumentReader(new IngestOptions(MaxBytes: 1024)).Read([prefix + "missing", prefix + "big"]).ToList();
        Assert.Equal("HTTP 404 Not Found", items[0].Error);
        Assert.Equal("too large (4096 bytes > 1024 byte cap)", items[1].Error);
    }
}
