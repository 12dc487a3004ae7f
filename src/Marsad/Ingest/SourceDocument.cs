namespace Marsad.Ingest;

/// <summary>
/// One input document as read from its source, before cleaning. <see cref="Id"/> is the document
/// id of the exchange format: the input file's name, the URL, or the id given in JSON lines
/// (a JSON lines / feed item without id gets "file#line" / the item link).
/// </summary>
/// <param name="Id">The document id.</param>
/// <param name="Format">txt | html | jsonl | json | rss | atom.</param>
/// <param name="Origin">The path or URL it was read from.</param>
/// <param name="Title">The headline when the format gives one (txt: the first non-empty line).</param>
/// <param name="Body">The text, paragraphs separated by '\n' (HTML: the main content only).</param>
/// <param name="Url">Its address, when known.</param>
/// <param name="Published">From metadata only (JSON field, HTML meta, feed date); null if absent.</param>
/// <param name="Outlet">From metadata only (JSON field, og:site_name, feed title); null if absent.</param>
/// <param name="ContentHash">SHA-256 hex of the raw bytes: ingesting the same content again adds nothing.</param>
public sealed record SourceDocument(
    string Id,
    string Format,
    string Origin,
    string? Title,
    string Body,
    string? Url,
    DateOnly? Published,
    string? Outlet,
    string ContentHash);

/// <summary>Result of reading one input: a document, or a per-file error that never stops the run.</summary>
internal sealed record IngestItem(string Origin, SourceDocument? Document, string? Error)
{
    /// <summary>What was repaired on the way (bytes replaced, nesting flattened): the document was read, but not as written.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public bool Ok => Document is not null;
    public static IngestItem Failed(string origin, string error) => new(origin, null, error);
}
