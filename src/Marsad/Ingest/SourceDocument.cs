namespace Marsad.Ingest;

/// <summary>
/// One input document as read from its source, before cleaning. <see cref="Id"/> is the document
/// id of the exchange format: the input file's name, the URL, or the id given in JSON lines
/// (a JSON lines / feed item without id gets "file#line" / the item link).
/// </summary>
public sealed record SourceDocument(
    string Id,
    string Format,            // txt | html | jsonl | json | rss | atom
    string Origin,            // path or URL it was read from
    string? Title,            // headline when the format gives one (txt: first non-empty line)
    string Body,              // text with paragraphs separated by '\n' (HTML: main content only)
    string? Url,
    DateOnly? Published,      // from metadata only (JSON field, HTML meta, feed date); null if absent
    string? Outlet,           // from metadata only (JSON field, og:site_name, feed title); null if absent
    string ContentHash);      // SHA-256 hex of the raw bytes: re-ingesting the same content adds nothing

/// <summary>Result of reading one input: a document, or a per-file error that never stops the run.</summary>
internal sealed record IngestItem(string Origin, SourceDocument? Document, string? Error)
{
    public bool Ok => Document is not null;
    public static IngestItem Failed(string origin, string error) => new(origin, null, error);
}
