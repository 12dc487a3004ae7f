using System.Text;
using System.Text.Json;

namespace Marsad.Ingest;

/// <summary>
/// JSON lines (one object a line) and JSON files (an array, one object, or {"articles": [...]}).
/// Fields: id, url, title, text | body | content, published, outlet. Each record is its own
/// document; a broken line or a record without text is an error for that record only.
/// </summary>
internal static class JsonRecordReader
{
    private static readonly string[] TitleFields = ["title", "headline"];
    private static readonly string[] TextFields = ["text", "body", "content", "article"];
    private static readonly string[] DateFields = ["published", "date", "published_at", "datePublished", "pubDate"];
    private static readonly string[] OutletFields = ["outlet", "source", "site", "publisher"];
    private static readonly string[] ArrayFields = ["articles", "items", "documents", "data"];

    public static IEnumerable<IngestItem> ReadLines(string text, string fileName, string origin)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
                continue;
            var place = $"{fileName}#{i + 1}";
            var itemOrigin = $"{origin}#{i + 1}";
            var (record, error) = ParseLine(line);
            if (error is not null)
            {
                yield return IngestItem.Failed(itemOrigin, $"invalid JSON on line {i + 1}: {error}");
                continue;
            }
            yield return FromRecord(record, place, itemOrigin, ContentSniffer.JsonLines, Hash(line));
        }
    }

    private static (JsonElement Record, string? Error) ParseLine(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return (json.RootElement.Clone(), null);
        }
        catch (JsonException e)
        {
            return (default, e.Message);
        }
    }

    public static IEnumerable<IngestItem> ReadDocument(string text, string fileName, string origin)
    {
        JsonElement root;
        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            root = json.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return [IngestItem.Failed(origin, $"invalid JSON: {e.Message}")];
        }
        var records = Records(root);
        if (records is null)
            return [IngestItem.Failed(origin, "JSON holds no article objects")];
        return records.Select((r, i) => FromRecord(r, $"{fileName}#{i + 1}", records.Count == 1 ? origin : $"{origin}#{i + 1}",
            ContentSniffer.Json, Hash(r.GetRawText()))).ToList();
    }

    private static List<JsonElement>? Records(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
            return root.EnumerateArray().ToList();
        if (root.ValueKind != JsonValueKind.Object)
            return null;
        foreach (var field in ArrayFields)
        {
            if (root.TryGetProperty(field, out var array) && array.ValueKind == JsonValueKind.Array)
                return array.EnumerateArray().ToList();
        }
        return [root];
    }

    private static IngestItem FromRecord(JsonElement record, string fallbackId, string origin, string format, string hash)
    {
        if (record.ValueKind != JsonValueKind.Object)
            return IngestItem.Failed(origin, "JSON record is not an object");
        var text = First(record, TextFields);
        if (string.IsNullOrWhiteSpace(text))
            return IngestItem.Failed(origin, "JSON record has no text (text, body or content)");
        var body = HtmlText.LooksLikeHtml(text) ? HtmlText.FromFragment(text) : EncodingDetector.NormalizeLineEndings(text).Trim();
        var title = First(record, TitleFields)?.Trim();
        var url = First(record, ["url", "link"]);
        var id = DocumentIds.ForRecord(First(record, ["id", "_id", "guid"]), url, hash);
        var published = MetadataDates.Parse(First(record, DateFields));
        var outlet = First(record, OutletFields)?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            // Without a title field the record reads like a text file: first line is the headline.
            var split = TextFileReader.Read(body, id, origin, url, hash).Document;
            title = split?.Title;
            body = split?.Body ?? body;
        }
        return new IngestItem(origin, new SourceDocument(id, format, origin, title, body, url, published, outlet, hash), null);
    }

    // A string field, or a number (ids), or {"name": ...} (publisher objects).
    private static string? First(JsonElement record, IEnumerable<string> fields)
    {
        foreach (var field in fields)
        {
            if (!record.TryGetProperty(field, out var value))
                continue;
            var text = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.Object when value.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => name.GetString(),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(text))
                return text;
        }
        return null;
    }

    private static string Hash(string raw) => DocumentReader.Sha256(Encoding.UTF8.GetBytes(raw));
}
