using System.Text;

namespace Marsad.Ingest;

/// <summary>Recognises the input format from the file extension and, failing that, from the content.</summary>
internal static class ContentSniffer
{
    public const string Txt = "txt", Html = "html", JsonLines = "jsonl", Json = "json", Rss = "rss", Atom = "atom", Feed = "feed";

    /// <summary>Extensions read when a folder is walked; other files in a folder are not documents.</summary>
    public static readonly IReadOnlySet<string> KnownExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".html", ".htm", ".xhtml", ".json", ".jsonl", ".ndjson", ".xml", ".rss", ".atom",
    };

    /// <summary>Format by extension, or null when the extension does not say.</summary>
    public static string? FromExtension(string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".txt" or ".text" => Txt,
        ".html" or ".htm" or ".xhtml" => Html,
        ".jsonl" or ".ndjson" => JsonLines,
        ".json" => Json,
        ".rss" => Rss,
        ".atom" => Atom,
        ".xml" => Feed,
        _ => null,
    };

    /// <summary>Format from a MIME type (HTTP Content-Type), or null.</summary>
    public static string? FromMediaType(string? mediaType) => mediaType?.ToLowerInvariant() switch
    {
        "text/html" or "application/xhtml+xml" => Html,
        "application/rss+xml" => Rss,
        "application/atom+xml" => Atom,
        "application/xml" or "text/xml" => Feed,
        "application/json" => Json,
        "application/x-ndjson" or "application/jsonl" => JsonLines,
        "text/plain" => Txt,
        _ => null,
    };

    /// <summary>Format from the decoded text.</summary>
    public static string FromContent(string text)
    {
        var head = text.AsSpan().TrimStart();
        if (head.Length > 0 && head[0] == '\uFEFF')
            head = head[1..].TrimStart();
        var start = head[..Math.Min(head.Length, 2048)].ToString();
        if (start.StartsWith('<'))
        {
            if (start.Contains("<rss", StringComparison.OrdinalIgnoreCase) || start.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase))
                return Rss;
            if (start.Contains("<feed", StringComparison.OrdinalIgnoreCase))
                return Atom;
            return Html;
        }
        if (start.StartsWith('['))
            return Json;
        if (start.StartsWith('{'))
        {
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return lines.Length > 1 && lines.All(l => l.StartsWith('{') && l.EndsWith('}')) ? JsonLines : Json;
        }
        if (start.Contains("<html", StringComparison.OrdinalIgnoreCase) || start.Contains("<body", StringComparison.OrdinalIgnoreCase))
            return Html;
        return Txt;
    }

    /// <summary>True for bytes that are not text: NUL bytes or many control characters (checked on the first 8 KiB).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (EncodingDetector.Bom(bytes) is UnicodeEncoding || EncodingDetector.Utf16ByPattern(bytes) is not null)
            return false;
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Contains((byte)0))
            return true;
        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
                control++;
        }
        return sample.Length > 0 && control * 10 > sample.Length;
    }

    /// <summary>The charset an HTML page declares in &lt;meta charset&gt; or http-equiv, read from its ASCII bytes.</summary>
    public static string? DeclaredHtmlCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var match = System.Text.RegularExpressions.Regex.Match(head,
            @"<meta[^>]+charset\s*=\s*[""']?\s*(?<cs>[A-Za-z0-9_\-:.]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    /// <summary>The encoding an XML document declares (&lt;?xml encoding="..."?&gt;).</summary>
    public static string? DeclaredXmlEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 512)]);
        var match = System.Text.RegularExpressions.Regex.Match(head, @"<\?xml[^>]+encoding\s*=\s*[""'](?<cs>[A-Za-z0-9_\-:.]+)");
        return match.Success ? match.Groups["cs"].Value : null;
    }
}
