using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Marsad.Ingest;

/// <summary>Reads an HTML page: title, publication date and outlet from metadata, main content as text.</summary>
internal static class HtmlReader
{
    public static IngestItem Read(string text, string id, string origin, string? url, string hash)
    {
        var (html, flattened) = HtmlDepthGuard.Flatten(text);
        var document = new HtmlParser().ParseDocument(html);
        var jsonLd = JsonLd(document);
        var title = FirstNonEmpty(
            Meta(document, "property", "og:title"),
            Meta(document, "name", "twitter:title"),
            document.QuerySelector("h1")?.TextContent,
            document.Title);
        var published = PublishedDate(document, jsonLd);
        var outlet = FirstNonEmpty(Meta(document, "property", "og:site_name"), JsonLdPublisher(jsonLd));
        title = title is null ? null : WithoutSiteName(title, outlet);
        var canonical = FirstNonEmpty(
            document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"),
            Meta(document, "property", "og:url"));
        url = IsHttp(canonical) ? canonical : url;
        // A page is known by its own URL wherever it was read from (a saved file, a redirect).
        if (IsHttp(canonical))
            id = canonical!;

        var body = MainContentExtractor.Extract(document);
        if (title is not null)
            body = DropLeadingTitle(body, title);
        if (body.Trim().Length == 0)
            return IngestItem.Failed(origin, "no text found in HTML");
        return new IngestItem(origin, new SourceDocument(id, ContentSniffer.Html, origin, title, body, url, published, outlet, hash), null)
        {
            Warnings = flattened == 0 ? [] : [HtmlDepthGuard.Warning(flattened)],
        };
    }

    // <title> often reads "headline - site name".
    private static string WithoutSiteName(string title, string? site)
    {
        if (site is null)
            return title;
        foreach (var separator in new[] { " - ", " | ", " – ", " — " })
        {
            if (title.EndsWith(separator + site, StringComparison.Ordinal) && title.Length > separator.Length + site.Length)
                return title[..^(separator.Length + site.Length)].Trim();
        }
        return title;
    }

    private static bool IsHttp(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    // Pages repeat the headline as an <h1> inside the article; the title is kept separately.
    private static string DropLeadingTitle(string body, string title)
    {
        var lines = body.Split('\n').ToList();
        var index = lines.Take(3).ToList().FindIndex(l => l.Trim() == title.Trim());
        if (index >= 0)
            lines.RemoveAt(index);
        return string.Join('\n', lines);
    }

    private static string? FirstNonEmpty(params string?[] values) =>
        values.Select(v => v is null ? null : HtmlText.JoinLines(v).Replace('\n', ' ').Trim())
            .FirstOrDefault(v => !string.IsNullOrEmpty(v));

    private static string? Meta(IDocument document, string attribute, string name) =>
        document.QuerySelectorAll("meta")
            .FirstOrDefault(m => string.Equals(m.GetAttribute(attribute), name, StringComparison.OrdinalIgnoreCase))
            ?.GetAttribute("content");

    private static DateOnly? PublishedDate(IDocument document, IReadOnlyList<JsonElement> jsonLd)
    {
        string?[] candidates =
        [
            Meta(document, "property", "article:published_time"),
            Meta(document, "property", "og:published_time"),
            Meta(document, "itemprop", "datePublished"),
            document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("datetime"),
            document.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content"),
            Meta(document, "name", "pubdate"),
            Meta(document, "name", "publishdate"),
            Meta(document, "name", "DC.date.issued"),
            Meta(document, "name", "date"),
            .. jsonLd.Select(e => JsonLdString(e, "datePublished")),
            document.QuerySelector("article time[datetime]")?.GetAttribute("datetime"),
            document.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
        ];
        return candidates.Select(MetadataDates.Parse).FirstOrDefault(d => d is not null);
    }

    private static IReadOnlyList<JsonElement> JsonLd(IDocument document)
    {
        var found = new List<JsonElement>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                Collect(json.RootElement.Clone(), found);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other metadata still counts.
            }
        }
        return found;
    }

    private static void Collect(JsonElement element, List<JsonElement> found)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                Collect(item, found);
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            found.Add(element);
            if (element.TryGetProperty("@graph", out var graph))
                Collect(graph, found);
        }
    }

    private static string? JsonLdString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? JsonLdPublisher(IReadOnlyList<JsonElement> jsonLd)
    {
        foreach (var element in jsonLd)
        {
            if (!element.TryGetProperty("publisher", out var publisher))
                continue;
            if (publisher.ValueKind == JsonValueKind.Array && publisher.GetArrayLength() > 0)
                publisher = publisher[0];
            if (publisher.ValueKind == JsonValueKind.Object && JsonLdString(publisher, "name") is { Length: > 0 } name)
                return name;
            if (publisher.ValueKind == JsonValueKind.String)
                return publisher.GetString();
        }
        return null;
    }
}
