using System.Net;
using System.Text.Json;

namespace Marsad.Tests.Store;

/// <summary>One story written as the formats it reaches a reader in: a text file, a JSON line and an RSS item.</summary>
internal static class SameStoryFiles
{
    /// <summary>The headline and body lines of a text file (first non-empty line = headline).</summary>
    public static (string Headline, string[] Body) Read(string txtPath)
    {
        var lines = File.ReadAllLines(txtPath).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        return (lines[0], lines[1..]);
    }

    /// <summary>Writes story.txt, story.jsonl and feed.rss into <paramref name="folder"/>; returns their paths.</summary>
    /// <param name="folder">Where to write.</param>
    /// <param name="txtPath">The story as a text file.</param>
    /// <param name="outlet">The outlet the JSON line and the feed name (the text file names it in its own text).</param>
    /// <param name="url">The story's address in the JSON line and the feed; null to give none.</param>
    public static string[] Write(string folder, string txtPath, string outlet, string? url = null)
    {
        var (headline, body) = Read(txtPath);
        var txt = Path.Combine(folder, "story.txt");
        File.Copy(txtPath, txt, overwrite: true);
        var jsonl = Path.Combine(folder, "story.jsonl");
        var record = new Dictionary<string, string?> { ["title"] = headline, ["text"] = string.Join("\n", body), ["outlet"] = outlet };
        if (url is not null)
            record["url"] = url;
        File.WriteAllText(jsonl, JsonSerializer.Serialize(record) + "\n");
        var rss = Path.Combine(folder, "feed.rss");
        var paragraphs = string.Concat(body.Select(l => "<p>" + WebUtility.HtmlEncode(l) + "</p>"));
        File.WriteAllText(rss, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
            <title>{WebUtility.HtmlEncode(outlet)}</title><link>https://example.org/</link><description>news</description>
            <item><title>{WebUtility.HtmlEncode(headline)}</title><link>{url ?? "https://example.org/feed-item"}</link>
            <content:encoded><![CDATA[{paragraphs}]]></content:encoded></item>
            </channel></rss>
            """);
        return [txt, jsonl, rss];
    }
}
