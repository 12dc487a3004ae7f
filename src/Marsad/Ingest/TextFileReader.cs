namespace Marsad.Ingest;

/// <summary>Plain text: the first non-empty line is the headline, the rest is the body.</summary>
internal static class TextFileReader
{
    public static IngestItem Read(string text, string id, string origin, string? url, string hash)
    {
        var lines = text.Split('\n');
        var titleIndex = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (titleIndex < 0)
            return IngestItem.Failed(origin, "empty");
        var title = lines[titleIndex].Trim();
        var body = string.Join('\n', lines.Skip(titleIndex + 1)).Trim('\n', ' ', '\t');
        return new IngestItem(origin, new SourceDocument(id, ContentSniffer.Txt, origin, title, body, url, null, null, hash), null);
    }
}
