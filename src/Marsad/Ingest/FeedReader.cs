using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Marsad.Ingest;

/// <summary>
/// RSS 2.0 and Atom feeds: one document per item; the outlet is the item's &lt;source&gt; (an
/// aggregator's feed names each item's outlet there), else the feed title.
/// </summary>
internal static class FeedReader
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    public static IEnumerable<IngestItem> Read(string text, string origin)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            var atom = new Atom10FeedFormatter { DateTimeParser = LenientDate };
            if (atom.CanRead(reader))
            {
                atom.ReadFrom(reader);
                return Items(atom.Feed, ContentSniffer.Atom, origin);
            }
            var rss = new Rss20FeedFormatter { DateTimeParser = LenientDate };
            if (rss.CanRead(reader))
            {
                rss.ReadFrom(reader);
                return Items(rss.Feed, ContentSniffer.Rss, origin);
            }
            return [IngestItem.Failed(origin, "XML is neither an RSS 2.0 nor an Atom feed")];
        }
        catch (Exception e) when (e is XmlException or FormatException or InvalidOperationException)
        {
            return [IngestItem.Failed(origin, $"invalid feed: {e.Message}")];
        }
    }

    // Feeds in the wild write dates the strict RFC 822 / RFC 3339 readers reject ("2024-03-05 10:00",
    // "+0300" offsets); an unreadable date leaves the item undated instead of failing the feed.
    private static bool LenientDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        var text = data.DateTimeString?.Trim() ?? "";
        text = Regex.Replace(text, @"\s(GMT|UTC|UT|Z)$", " +00:00");
        text = Regex.Replace(text, @"([+-]\d\d)(\d\d)$", "$1:$2");
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out value))
            value = default;
        return true;
    }

    private static List<IngestItem> Items(SyndicationFeed feed, string format, string origin)
    {
        var outlet = feed.Title?.Text?.Trim();
        var items = new List<IngestItem>();
        var index = 0;
        foreach (var item in feed.Items)
        {
            index++;
            var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString() ?? item.Id;
            var itemOrigin = $"{origin}#{index}";
            var html = Encoded(item) ?? (item.Content as TextSyndicationContent)?.Text ?? item.Summary?.Text;
            if (string.IsNullOrWhiteSpace(html))
            {
                items.Add(IngestItem.Failed(itemOrigin, "feed item has no content or summary"));
                continue;
            }
            var body = HtmlText.FromFragment(html);
            if (body.Length == 0)
            {
                items.Add(IngestItem.Failed(itemOrigin, "feed item has no text"));
                continue;
            }
            var title = item.Title?.Text is { } t ? HtmlText.JoinLines(HtmlText.LooksLikeHtml(t) ? HtmlText.FromFragment(t) : t).Replace('\n', ' ') : null;
            var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
            DateOnly? published = date != default ? DateOnly.FromDateTime(date.DateTime) : null;
            var hash = DocumentReader.Sha256(Encoding.UTF8.GetBytes($"{link}\n{title}\n{html}"));
            var id = DocumentIds.ForRecord(null, link, hash);
            var itemOutlet = item.SourceFeed?.Title?.Text?.Trim() is { Length: > 0 } source ? source : outlet;
            items.Add(new IngestItem(itemOrigin, new SourceDocument(id, format, itemOrigin, title, body, link, published, itemOutlet, hash), null));
        }
        if (items.Count == 0)
            items.Add(IngestItem.Failed(origin, "feed has no items"));
        return items;
    }

    private static string? Encoded(SyndicationItem item)
    {
        try
        {
            return item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentModule).FirstOrDefault();
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or System.Runtime.Serialization.SerializationException)
        {
            return null;
        }
    }
}
