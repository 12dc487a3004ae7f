using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Marsad.Cli.Web;

/// <summary>
/// An answer rendered once and kept with its compressed forms (Brotli and gzip, each made on first
/// use, at a better level than per-request compression affords): a repeated request costs a copy
/// of bytes, not a new rendering and compression. The encoding follows the request's
/// Accept-Encoding (Brotli first); response compression leaves an encoded answer alone.
/// </summary>
internal sealed class EncodedAnswer
{
    private readonly byte[] _plain;
    private readonly Lazy<byte[]> _brotli;
    private readonly Lazy<byte[]> _gzip;

    public EncodedAnswer(string text, string contentType)
    {
        _plain = Encoding.UTF8.GetBytes(text);
        ContentType = contentType;
        _brotli = new Lazy<byte[]>(() => Compress(s => new BrotliStream(s, CompressionLevel.Optimal, leaveOpen: true)));
        _gzip = new Lazy<byte[]>(() => Compress(s => new GZipStream(s, CompressionLevel.Optimal, leaveOpen: true)));
    }

    public string ContentType { get; }

    /// <summary>The bytes of the answer before compression.</summary>
    public int Length => _plain.Length;

    /// <summary>The Brotli form (made on first use).</summary>
    public byte[] Brotli => _brotli.Value;

    /// <summary>The answer to one request, in the encoding it accepts best.</summary>
    public IResult Result => new Writer(this);

    private byte[] Compress(Func<Stream, Stream> encoder)
    {
        using var output = new MemoryStream(_plain.Length / 4);
        using (var stream = encoder(output))
            stream.Write(_plain);
        return output.ToArray();
    }

    /// <summary>"br", "gzip" or null: what the request accepts (a zero quality refuses), Brotli first.</summary>
    private static string? Accepted(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        bool Takes(string name) => accepted.Any(a =>
            (a.Value.Equals(name, StringComparison.OrdinalIgnoreCase) || a.Value == "*") && a.Quality is not 0);
        return Takes("br") ? "br" : Takes("gzip") ? "gzip" : null;
    }

    private sealed class Writer(EncodedAnswer answer) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            var encoding = Accepted(context.Request);
            var body = encoding switch
            {
                "br" => answer._brotli.Value,
                "gzip" => answer._gzip.Value,
                _ => answer._plain,
            };
            var response = context.Response;
            response.ContentType = answer.ContentType;
            response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            if (encoding is not null)
                response.Headers.ContentEncoding = encoding;
            response.ContentLength = body.Length;
            return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, context.RequestAborted).AsTask();
        }
    }
}
