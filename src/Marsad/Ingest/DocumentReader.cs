using System.Security.Cryptography;

namespace Marsad.Ingest;

/// <summary>Limits for reading inputs.</summary>
internal sealed record IngestOptions(long MaxBytes = 20 * 1024 * 1024)
{
    /// <summary>How long one URL download may take.</summary>
    public TimeSpan HttpTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long reading and parsing one file may take (a hung network share, a file that is
    /// swapped for a pipe). A file over it is reported and the walk goes on; its read is abandoned.
    /// </summary>
    public TimeSpan FileTimeout { get; init; } = TimeSpan.FromSeconds(120);
}

/// <summary>
/// Reads inputs (files, folders, globs, "-" for stdin, http(s) URLs) into source documents.
/// Never throws for a bad input: each one yields an <see cref="IngestItem"/> with an error.
/// </summary>
internal sealed class DocumentReader(IngestOptions? options = null)
{
    public IngestOptions Options { get; } = options ?? new IngestOptions();

    private UrlFetcher? fetcher;

    /// <summary>Every input in order; folders and globs expand to their files sorted by path.</summary>
    public IEnumerable<IngestItem> Read(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                foreach (var item in Read(Console.OpenStandardInput(), "stdin"))
                    yield return item;
            }
            else if (UrlFetcher.IsUrl(input))
            {
                foreach (var item in ReadUrl(input))
                    yield return item;
            }
            else
            {
                foreach (var file in InputExpander.Expand(input))
                {
                    var items = file.Path is null ? [IngestItem.Failed(file.Origin, file.Error ?? "not found")] : ReadFileInTime(file.Path, file.Id);
                    foreach (var item in items)
                        yield return item;
                }
            }
        }
    }

    /// <summary>Reads one stream (stdin, an upload); the format is sniffed, or taken from the name's extension.</summary>
    public IReadOnlyList<IngestItem> Read(Stream stream, string name = "stdin")
    {
        try
        {
            var bytes = ReadBounded(stream, Options.MaxBytes);
            // A stream has no path to name it: its content does.
            return bytes is null
                ? [IngestItem.Failed(name, TooLarge(null, Options.MaxBytes))]
                : ReadBytes(bytes, DocumentIds.FromContent(Sha256(bytes)), name, ContentSniffer.FromExtension(name), null, null);
        }
        catch (IOException e)
        {
            return [IngestItem.Failed(name, $"cannot read: {e.Message}")];
        }
    }

    /// <summary>
    /// Reads one file within <see cref="IngestOptions.FileTimeout"/>; past it, the file is reported and its read abandoned.
    /// The clock starts when the read does: a read queued behind busy cleaning workers is not charged for the wait.
    /// </summary>
    public IReadOnlyList<IngestItem> ReadFileInTime(string path, string? id = null)
    {
        using var started = new ManualResetEventSlim();
        var read = Task.Run(() =>
        {
            started.Set();
            return ReadFile(path, id);
        });
        started.Wait();
        return read.Wait(Options.FileTimeout)
            ? read.Result
            : [IngestItem.Failed(path, $"not read within {Options.FileTimeout.TotalSeconds:0} s (IngestOptions.FileTimeout): skipped")];
    }

    /// <summary>
    /// Reads one regular file (a FIFO, device or socket is reported, never opened);
    /// <paramref name="id"/> (its path relative to the input root) is the document id, by default its name.
    /// </summary>
    public IReadOnlyList<IngestItem> ReadFile(string path, string? id = null)
    {
        try
        {
            var node = FileNodes.Examine(path);
            if (node.Kind == FileNodeKind.Missing)
                return [IngestItem.Failed(path, "not found")];
            if (node.Kind != FileNodeKind.Regular)
                return [IngestItem.Failed(path, InputExpander.NotRegular(node))];
            var info = new FileInfo(path);
            if (info.Length > Options.MaxBytes)
                return [IngestItem.Failed(path, TooLarge(info.Length, Options.MaxBytes))];
            byte[]? bytes;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
                bytes = ReadBounded(stream, Options.MaxBytes);
            if (bytes is null)
                return [IngestItem.Failed(path, TooLarge(null, Options.MaxBytes))];
            return ReadBytes(bytes, id ?? info.Name, path, ContentSniffer.FromExtension(path), null, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Failed(path, $"cannot read: {e.Message}")];
        }
    }

    /// <summary>Downloads and reads one URL; the URL is the document id.</summary>
    public IReadOnlyList<IngestItem> ReadUrl(string url)
    {
        fetcher ??= new UrlFetcher(Options);
        var (bytes, mediaType, charset, error) = fetcher.Fetch(url);
        if (bytes is null)
            return [IngestItem.Failed(url, error ?? "download failed")];
        var format = ContentSniffer.FromMediaType(mediaType) ?? ContentSniffer.FromExtension(new Uri(url).AbsolutePath);
        return ReadBytes(bytes, url, url, format, url, charset);
    }

    internal IReadOnlyList<IngestItem> ReadBytes(byte[] bytes, string id, string origin, string? format, string? url, string? charset)
    {
        try
        {
            return Parse(bytes, id, origin, format, url, charset);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A parser failing on one document must not stop the run.
            return [IngestItem.Failed(origin, $"unreadable {format ?? "input"}: {e.Message}")];
        }
    }

    private static IReadOnlyList<IngestItem> Parse(byte[] bytes, string id, string origin, string? format, string? url, string? charset)
    {
        if (bytes.Length == 0)
            return [IngestItem.Failed(origin, "empty")];
        if (ContentSniffer.LooksBinary(bytes))
            return [IngestItem.Failed(origin, "binary file, skipped")];
        charset ??= format switch
        {
            ContentSniffer.Html => ContentSniffer.DeclaredHtmlCharset(bytes),
            ContentSniffer.Rss or ContentSniffer.Atom or ContentSniffer.Feed => ContentSniffer.DeclaredXmlEncoding(bytes),
            null => ContentSniffer.DeclaredXmlEncoding(bytes) ?? ContentSniffer.DeclaredHtmlCharset(bytes),
            _ => null,
        };
        if (EncodingDetector.Decode(bytes, charset) is not { } decoded)
            return [IngestItem.Failed(origin, "unknown encoding")];
        var text = decoded.Text;
        if (text.Trim().Trim('\uFEFF').Length == 0)
            return [IngestItem.Failed(origin, "empty")];

        var sniffed = ContentSniffer.FromContent(text);
        format = format switch
        {
            null => sniffed,
            ContentSniffer.Feed => sniffed is ContentSniffer.Rss or ContentSniffer.Atom ? sniffed : ContentSniffer.Feed,
            ContentSniffer.Json when sniffed == ContentSniffer.JsonLines => sniffed,
            _ => format,
        };
        if (NotArticles.Reason(text, format, origin) is { } notArticles)
            return [IngestItem.Failed(origin, notArticles)];
        var hash = Sha256(bytes);
        IReadOnlyList<IngestItem> items = format switch
        {
            ContentSniffer.Html => [HtmlReader.Read(text, id, origin, url, hash)],
            ContentSniffer.JsonLines => JsonRecordReader.ReadLines(text, id, origin).ToList(),
            ContentSniffer.Json => JsonRecordReader.ReadDocument(text, id, origin).ToList(),
            ContentSniffer.Rss or ContentSniffer.Atom => FeedReader.Read(text, origin).ToList(),
            ContentSniffer.Feed => [IngestItem.Failed(origin, "XML is neither an RSS 2.0 nor an Atom feed")],
            _ => [TextFileReader.Read(text, id, origin, url, hash)],
        };
        if (decoded.Replaced == 0)
            return items;
        var warning = $"{decoded.Replaced} invalid {decoded.Encoding} byte{(decoded.Replaced == 1 ? "" : "s")} replaced with U+FFFD";
        return items.Select(i => i with { Warnings = [warning, .. i.Warnings] }).ToArray();
    }

    /// <summary>Lower-case hex SHA-256.</summary>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    internal static string TooLarge(long? length, long cap) =>
        length is { } n ? $"too large ({n} bytes > {cap} byte cap)" : $"too large (more than {cap} bytes > {cap} byte cap)";

    /// <summary>All bytes of the stream, or null as soon as it holds more than <paramref name="cap"/>.</summary>
    internal static byte[]? ReadBounded(Stream stream, long cap)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > cap)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
