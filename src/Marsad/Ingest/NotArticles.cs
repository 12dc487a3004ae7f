using System.Text.Json;

namespace Marsad.Ingest;

/// <summary>
/// Recognises, by their shape and never by their name, files that are not articles although they
/// look like an input: an exchange or gold file (events, and articles without text), a table (a
/// manifest .tsv or .csv), a list of feeds (OPML) or a sitemap. Reading them as articles would
/// store broken articles; they are reported with what they are instead.
/// </summary>
internal static class NotArticles
{
    private static readonly string[] TextFields = ["text", "body", "content", "article"];

    /// <summary>What the decoded input is when it is not articles, or null when it may be.</summary>
    /// <param name="text">The decoded content.</param>
    /// <param name="format">The format it is about to be read as.</param>
    /// <param name="origin">Where it was read from (its extension tells a .csv table).</param>
    public static string? Reason(string text, string format, string origin) => format switch
    {
        ContentSniffer.Json => Exchange(text),
        ContentSniffer.Txt => Table(text, Path.GetExtension(origin).Equals(".csv", StringComparison.OrdinalIgnoreCase)),
        _ => Xml(text),
    };

    /// <summary>An object with an "events" list, whose articles (if any) carry no text: an exchange or gold file.</summary>
    internal static string? Exchange(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
                return null;
            var articles = root.TryGetProperty("articles", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToArray() : [];
            if (articles.Any(HasText))
                return null;
            return $"an exchange/gold file ({events.GetArrayLength()} events, {articles.Length} articles without text), not articles";
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool HasText(JsonElement article) =>
        article.ValueKind == JsonValueKind.Object
        && TextFields.Any(f => article.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim().Length > 0);

    /// <summary>Lines that all split into the same number (two or more) of tab-separated cells, or comma-separated in a .csv: a table.</summary>
    internal static string? Table(string text, bool csv)
    {
        var rows = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).ToArray();
        if (rows.Length < 2)
            return null;
        foreach (var (separator, name) in new[] { ('\t', "tab-separated"), (',', "comma-separated") })
        {
            if (separator == ',' && !csv)
                continue;
            var columns = rows[0].Count(c => c == separator) + 1;
            if (columns >= 2 && rows.All(r => r.Count(c => c == separator) + 1 == columns))
                return $"a {name} table ({rows.Length} rows of {columns} columns), not an article";
        }
        return null;
    }

    /// <summary>An OPML list of feeds or a sitemap: lists of addresses, not articles.</summary>
    internal static string? Xml(string text)
    {
        var head = text.AsSpan().TrimStart().TrimStart('\uFEFF');
        if (head.Length == 0 || head[0] != '<')
            return null;
        var start = head[..Math.Min(head.Length, 1024)].ToString();
        if (start.Contains("<opml", StringComparison.OrdinalIgnoreCase))
            return "an OPML list of feeds, not articles: ingest the feeds' URLs";
        if (start.Contains("<urlset", StringComparison.OrdinalIgnoreCase) || start.Contains("<sitemapindex", StringComparison.OrdinalIgnoreCase))
            return "a sitemap, not articles: ingest the pages' URLs";
        return null;
    }
}
