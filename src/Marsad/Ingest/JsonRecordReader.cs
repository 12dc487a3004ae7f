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
        if (TypeError(record) is { } typeError)
            return IngestItem.Failed(origin, "JSON record " + typeError);
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

    /// <summary>
    /// A known field of the wrong type ("text": 12345, "title": ["…"]): text, title, date and URL
    /// fields are strings, ids strings or numbers, outlets strings or objects ({"name": …}); null is absent.
    /// </summary>
    private static string? TypeError(JsonElement record)
    {
        foreach (var field in record.EnumerateObject())
        {
            var kind = field.Value.ValueKind;
            if (kind == JsonValueKind.Null)
                continue;
            var expected = field.Name switch
            {
                "id" or "_id" or "guid" => kind is JsonValueKind.String or JsonValueKind.Number ? null : "a string or a number",
                "url" or "link" => kind == JsonValueKind.String ? null : "a string",
                var name when TitleFields.Contains(name) || TextFields.Contains(name) || DateFields.Contains(name) =>
                    kind == JsonValueKind.String ? null : "a string",
                var name when OutletFields.Contains(name) => kind is JsonValueKind.String or JsonValueKind.Object ? null : "a string or an object",
                _ => null,
            };
            if (expected is not null)
                return $"field \"{field.Name}\" is {Describe(kind)}, not {expected}";
        }
        return null;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "a string",
    };

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
