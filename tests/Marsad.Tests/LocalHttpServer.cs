using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security;
using System.Text;

namespace Marsad.Tests;

/// <summary>An answer of the test server.</summary>
internal sealed record ServedResponse(int Status, string? Body = null, string ContentType = "application/rss+xml; charset=utf-8")
{
    public Dictionary<string, string> Headers { get; } = [];

    /// <summary>The body as sent: <see cref="Body"/> in UTF-8 unless other bytes are given (a page in another encoding).</summary>
    public byte[]? Bytes { get; init; }
}

/// <summary>What the test server was asked.</summary>
internal sealed record ServedRequest(string Path, string? IfNoneMatch, string? IfModifiedSince);

/// <summary>Feeds of the sample articles, as the test server serves them.</summary>
internal static class TestFeeds
{
    public const string LastModified = "Tue, 01 Dec 2026 09:00:00 GMT";

    /// <summary>The feed item of sample article <paramref name="n"/> (samples/seeds/00n_*.txt): its headline, a link, its text.</summary>
    public static (string Title, string Link, string Text) Seed(int n)
    {
        var file = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples", "seeds"), $"00{n}_*.txt").Single();
        var lines = File.ReadAllLines(file).Where(l => l.Trim().Length > 0).ToArray();
        return (lines[0], $"https://example.org/news/{n}", string.Join('\n', lines[1..]));
    }

    /// <summary>An RSS answer of these items with an entity tag (when given) and a Last-Modified date.</summary>
    public static ServedResponse Feed(string? etag, params (string, string, string)[] items)
    {
        var response = new ServedResponse(200, LocalHttpServer.Rss(items));
        if (etag is not null)
            response.Headers["ETag"] = etag;
        response.Headers["Last-Modified"] = LastModified;
        return response;
    }
}

/// <summary>An HTTP server on 127.0.0.1 and a free port, answering with whatever <see cref="Handler"/> says.</summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly Task _loop;

    public LocalHttpServer()
    {
        (_listener, BaseUrl) = Listen();
        _loop = Task.Run(Serve);
    }

    /// <summary>
    /// A listener on a port the system called free. Another test may take that port between the probe and the start,
    /// so a refused start tries another port.
    /// </summary>
    private static (HttpListener, string) Listen()
    {
        for (var attempt = 1; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var url = $"http://127.0.0.1:{port}/";
            var listener = new HttpListener();
            listener.Prefixes.Add(url);
            try
            {
                listener.Start();
                return (listener, url);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close();
            }
        }
    }

    public string BaseUrl { get; }

    public Func<ServedRequest, ServedResponse> Handler { get; set; } = _ => new ServedResponse(404);

    public ConcurrentQueue<ServedRequest> Requests { get; } = new();

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var request = new ServedRequest(context.Request.Url!.AbsolutePath, context.Request.Headers["If-None-Match"], context.Request.Headers["If-Modified-Since"]);
            Requests.Enqueue(request);
            var answer = Handler(request);
            context.Response.StatusCode = answer.Status;
            foreach (var (name, value) in answer.Headers)
                context.Response.Headers[name] = value;
            if ((answer.Bytes ?? (answer.Body is { } text ? Encoding.UTF8.GetBytes(text) : null)) is { } bytes)
            {
                context.Response.ContentType = answer.ContentType;
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes);
            }
            context.Response.Close();
        }
    }

    /// <summary>An RSS 2.0 feed of the given items (title, link, text).</summary>
    public static string Rss(params (string Title, string Link, string Text)[] items)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>عنب بلدي</title><link>https://example.org/</link><description>أخبار</description>");
        foreach (var (title, link, text) in items)
        {
            var html = string.Join("", text.Split('\n').Select(p => "<p>" + p + "</p>"));
            xml.Append($"<item><title>{SecurityElement.Escape(title)}</title><link>{link}</link><description>{SecurityElement.Escape(html)}</description></item>");
        }
        return xml.Append("</channel></rss>").ToString();
    }

    /// <summary>
    /// Stops listening (the port then refuses connections); may be called more than once. Only Close: Stop before it
    /// would release the port and Close would then bind it again to remove its prefix, failing when another test took it.
    /// </summary>
    public void Dispose()
    {
        if (!_listener.IsListening)
            return;
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
